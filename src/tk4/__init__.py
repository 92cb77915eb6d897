"""tk4: het Toetsingskader 4.0 Multidisciplinaire Taakuitvoering Veiligheidsregio's als code."""

__version__ = "0.1.0"

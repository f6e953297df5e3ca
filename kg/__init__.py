"""kg: a knowledge graph of places, agencies, measures and enterprises from Chinese policy texts."""

__version__ = "0.1.0"

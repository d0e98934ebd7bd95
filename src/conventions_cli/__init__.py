"""conv: a curated knowledge base of signed public agreements in Morocco."""

__version__ = "0.1.0"

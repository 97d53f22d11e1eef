"""A tiny shop package: models, pricing and formatting in separate modules."""
from .models import Item

__all__ = ["Item"]

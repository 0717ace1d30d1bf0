"""Lists in a sentence, as the page's language writes them."""

from .content import LIST_OF_TWO, LIST_SEPARATOR
from .i18n import _


def in_words(items):
    """Join items: "a", "a and b", "a, b and c" (in Spanish "a, b y c")."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return _(LIST_OF_TWO).format(first=_(LIST_SEPARATOR).join(items[:-1]), last=items[-1])

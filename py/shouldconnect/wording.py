"""Lists and numbers in a sentence, as the page's language writes them."""

from . import grammar
from .content import LIST_OF_TWO, LIST_SEPARATOR
from .i18n import _


def in_words(items):
    """Join items: "a", "a and b", "a, b and c" (in Spanish "a, b y c")."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return _(LIST_OF_TWO).format(first=_(LIST_SEPARATOR).join(items[:-1]), last=items[-1])


def one_decimal(number):
    """A positive number to one decimal place, cut rather than rounded (a contrast of 4.46:1 is
    not yet 4.5:1), with the page language's decimal mark: "4.4", "4,4"."""
    tenths = int(number * 10)
    return "%d%s%d" % (tenths // 10, grammar.spoken().DECIMAL_MARK, tenths % 10)

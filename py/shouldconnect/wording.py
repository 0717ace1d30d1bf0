"""Lists in a sentence, as English writes them."""


def in_words(items):
    """Join items: "a", "a and b", "a, b and c"."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]

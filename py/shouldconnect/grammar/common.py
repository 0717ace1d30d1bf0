"""What every language's name conventions share: whether a typed title, in whatever language,
makes the person a professor or a doctor (each language writes those its own way), the particles
that belong to a surname, a word's plain form for comparing, and how a list of people is joined."""

# Lower-case words that belong to the surname after them ("Ludwig van Beethoven", "de la Tour").
PARTICLES = (
    "van",
    "von",
    "de",
    "da",
    "das",
    "do",
    "dos",
    "del",
    "della",
    "di",
    "du",
    "la",
    "le",
    "der",
    "den",
    "ter",
    "bin",
    "zu",
)

# Plain forms (see plain()) of the titles that make a professor or a doctor, in every language
# the page speaks.
PROFESSOR = (
    "prof",
    "profa",
    "profª",
    "professor",
    "professora",
    "profesor",
    "profesora",
    "pr",
    "professeur",
    "professeure",
    "professorin",
    "profin",
)
DOCTOR = ("dr", "dra", "drª", "doctor", "doctora", "doutor", "doutora", "docteur", "dr-ing", "drin")


def plain(word):
    """A word in lower case without full stops, for comparing with the tables: "Dr.ª" is "drª",
    "Dipl.-Ing." "dipl-ing". (MicroPython's lower() changes only ASCII letters, which is all a
    title's first letter needs.)"""
    return word.replace(".", "").lower()


def rank(academic):
    """The highest of the academic titles typed: "professor", "doctor" or "" (a "Dr. med." is a
    doctor; a "Lic." or "Dipl.-Ing." is neither)."""
    kinds = [plain(title.split(" ")[0]) for title in academic]
    if [kind for kind in kinds if kind in PROFESSOR]:
        return "professor"
    if [kind for kind in kinds if kind in DOCTOR]:
        return "doctor"
    return ""


def joined_with(items, word):
    """Items joined the way the page's languages join a list of people: commas, and `word` before
    the last, with no comma before it ("Dana, Ana and Sam")."""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " " + word + " " + items[-1]

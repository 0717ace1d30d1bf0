"""French grammar: the words a message elides before a typed value that starts with a vowel.

French elides "de" and "que" before a vowel: "le poste d'Analyste", "qu'Orange", never "de
Analyste". Only a template's word right before a typed value is elided, so a name's own particle
("Dr. de Oliveira") stays as typed (py/worker/engine.py applies it while a message renders).
"""

# A template's word, elided to its first letters and an apostrophe before a typed vowel.
ELIDED = ("de", "que")
VOWELS = "AEIOUYÀÂÆÉÈÊËÎÏÔŒÙÛÜaeiouyàâæéèêëîïôœùûü"

"""An employer's own embed: its presets read from the address, its word above the culture question,
its accent on the frame's buttons, and the "Set it up for your company" part of the embed dialog.

The presets come from the page's query (presets.py), or, on a copy of the site that set them in
site.toml, from the page itself (`<html data-presets>`, written by `make site`). The employer's
name and line are shown with textContent, never as markup.
"""

from address import page_base_url
from dom import element
from pyscript import document, window

from shouldconnect import content, embed, presets, wording
from shouldconnect.i18n import _

# The dialog's fields, by preset.
DIALOG_FIELDS = (
    ("company", "embed-company"),
    ("stance", "embed-stance"),
    ("line", "embed-line"),
    ("tone", "embed-tone"),
    ("accent", "embed-accent"),
)


def read_presets():
    """The presets of this page: the address's, else the site's own (make site), decoded."""
    from_address = presets.decode(str(window.location.search))
    if from_address["status"] != "empty":
        return from_address
    return presets.decode(document.documentElement.getAttribute("data-presets") or "")


def apply_accent(employer):
    """The employer's accent on the frame's main buttons, with the text colour that reads on it
    (through the CSSOM, which the page's style policy allows)."""
    accent = employer["values"]["accent"]
    if accent:
        style = document.documentElement.style
        style.setProperty("--brand", accent)
        style.setProperty("--brand-text", presets.button_text(accent))


def show_employer_word(employer, situation):
    """Above the culture question: what the employer says and, labelled as theirs, its line;
    below it, a note when the reader's answer differs from the employer's."""
    values = employer["values"]
    stance = values["stance"]
    word = element("employer-word")
    word.hidden = stance not in presets.STANCE_CULTURE
    if word.hidden:
        return
    company, named = presets.company_name(values), bool(values["company"])
    element("employer-says").textContent = _(content.STANCE_SAYS[stance]).format(company=company)
    element("employer-quote").hidden = not values["line"]
    element("employer-line-label").textContent = _(content.EMPLOYER_LINE[named]).format(company=company)
    element("employer-line").textContent = values["line"]
    differs = element("employer-differs")
    differs.hidden = not presets.stance_overruled(values, situation)
    differs.textContent = "" if differs.hidden else _(content.STANCE_DIFFERS[named]).format(company=company)


def fill_dialog(employer):
    """The dialog starts from this page's own presets (none: no stance, the form's default tone)."""
    for name, field_id in DIALOG_FIELDS:
        element(field_id).value = employer["values"][name] or presets.UNSET[name]


def dialog_presets():
    """The presets the dialog's fields describe; an accent it refuses says why beside its field
    (what was typed stays as typed) and is left out of the code."""
    values = dict((name, str(element(field_id).value)) for name, field_id in DIALOG_FIELDS)
    accent = values["accent"].strip()
    problem = presets.accent_problem(accent) if accent else None
    error = element("embed-accent-error")
    if problem and problem["problem"] == "contrast":
        error.textContent = _(content.ACCENT_CONTRAST).format(ratio=wording.one_decimal(problem["ratio"]))
    elif problem:
        error.textContent = _(content.ACCENT_FORMAT)
    error.hidden = not problem
    element("embed-accent").setAttribute("aria-invalid", "true" if problem else "false")
    values["accent"] = "" if problem else accent
    return values


def update_embed_code():
    """The dialog's code, following what the employer has set so far."""
    base = page_base_url()
    query = presets.encode(dialog_presets())
    element("embed-code").value = embed.iframe_snippet(base, query)
    element("embed-resize-code").value = embed.resize_snippet(base)
    return embed.frame_address(base, query)


def show_preview(event=None):
    """The frame itself, as a reader will see it, with the presets set so far (sandboxed like
    WordPress's, so it keeps nothing on this device). Made when first asked for: a frame in the
    closed dialog would cost nothing but would keep axe from judging the page behind the dialog."""
    preview = element("embed-preview")
    if not preview:
        preview = document.createElement("iframe")
        preview.id = "embed-preview"
        preview.className = "embed-preview"
        preview.title = _(content.PREVIEW_TITLE)
        preview.setAttribute("sandbox", "allow-scripts")
        element("embed-preview-show").after(preview)
    preview.src = update_embed_code()

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import services
from .prompts import BY_KEY


class EntryForm(forms.Form):
    title = forms.CharField(
        label=_("Title (optional)"),
        required=False,
        max_length=services.TITLE_MAX,
        error_messages={
            "max_length": _("A title can be up to %(limit_value)s characters long."),
        },
    )
    body = forms.CharField(
        label=_("Your entry"),
        max_length=services.BODY_MAX,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("Private to you. You decide whether anyone else ever reads it."),
        error_messages={
            "required": _("Please write something in your entry before saving."),
            "max_length": _("An entry can be up to %(limit_value)s characters long."),
        },
    )
    tags = forms.CharField(
        label=_("Tags (optional)"),
        required=False,
        max_length=services.TAGS_MAX * (services.TAG_MAX + 2),
        help_text=_("Words to find this entry again, separated by commas: sleep, friends, hope."),
    )
    prompt_key = forms.CharField(required=False, widget=forms.HiddenInput)
    submission_key = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def clean_tags(self) -> list[str]:
        try:
            return services.parse_tags(self.cleaned_data.get("tags", ""))
        except ValidationError as exc:
            raise ValidationError(exc.message_dict["tags"]) from None

    def clean_prompt_key(self) -> str:
        key = str(self.cleaned_data.get("prompt_key") or "")
        if key and key not in BY_KEY:
            raise ValidationError(_("That prompt is not in the library."))
        return key

    def entry_fields(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {"title": data["title"], "body": data["body"], "tags": data["tags"]}

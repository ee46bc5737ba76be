using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TrainingSite.Core.Ui;

/// <summary>A form field's name, id, posted value and first error, shared by the field tag helpers.</summary>
internal sealed record FieldState(string Name, string Id, string? AttemptedValue, string? Error)
{
    public static FieldState Of(ModelExpression expression, ViewContext viewContext)
    {
        var name = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var entry = viewContext.ViewData.ModelState.TryGetValue(name, out var state) ? state : null;
        var error = entry is { Errors.Count: > 0 } ? entry.Errors[0].ErrorMessage : null;
        return new FieldState(name, TagBuilder.CreateSanitizedId(name, "_"), entry?.AttemptedValue, error);
    }

    /// <summary>The aria-describedby and aria-invalid attributes that tie the hint and the error to the control.</summary>
    public string DescribedBy(string? hint)
    {
        var ids = string.Join(' ', new[] { hint is null ? null : $"{Id}-hint", Error is null ? null : $"{Id}-error" }.OfType<string>());
        return (ids.Length == 0 ? string.Empty : $" aria-describedby=\"{ids}\"") + (Error is null ? string.Empty : " aria-invalid=\"true\"");
    }

    public void AppendLabelHintAndError(TagHelperContent html, HtmlEncoder encoder, string label, string? hint)
    {
        html.AppendHtml($"<label for=\"{Id}\">{encoder.Encode(label)}</label>");
        if (hint is not null)
        {
            html.AppendHtml($"<p class=\"field-hint\" id=\"{Id}-hint\">{encoder.Encode(hint)}</p>");
        }

        if (Error is not null)
        {
            html.AppendHtml($"<p class=\"field-error\" id=\"{Id}-error\">{encoder.Encode(Error)}</p>");
        }
    }
}

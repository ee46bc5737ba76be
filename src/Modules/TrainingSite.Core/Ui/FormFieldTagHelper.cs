using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TrainingSite.Core.Ui;

/// <summary>
/// <c>&lt;form-field for="Input.Email" type="email" autocomplete="email" /&gt;</c>: a labelled input with its
/// hint and its error tied to it (aria-describedby, aria-invalid), the same accessible markup on every form.
/// A password is never written back into the page.
/// </summary>
[HtmlTargetElement("form-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper(HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("for")]
    public required ModelExpression For { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public string? Hint { get; set; }

    public bool Required { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldState.Of(For, ViewContext);
        var value = Type == "password" ? null : field.AttemptedValue ?? Convert.ToString(For.Model, CultureInfo.CurrentCulture);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.Error is null ? "field" : "field field--error");
        var html = output.Content;
        field.AppendLabelHintAndError(html, encoder, For.Metadata.GetDisplayName(), Hint);
        html.AppendHtml($"<input id=\"{field.Id}\" name=\"{encoder.Encode(field.Name)}\" type=\"{encoder.Encode(Type)}\"");
        if (!string.IsNullOrEmpty(value))
        {
            html.AppendHtml($" value=\"{encoder.Encode(value)}\"");
        }

        if (Autocomplete is not null)
        {
            html.AppendHtml($" autocomplete=\"{encoder.Encode(Autocomplete)}\"");
        }

        html.AppendHtml(field.DescribedBy(Hint));
        html.AppendHtml(Required ? " required>" : ">");
    }
}

using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TrainingSite.Core.Ui;

/// <summary><c>&lt;select-field for="Input.HomeRegionId" items="Model.Regions" /&gt;</c>: a labelled select with hint and error.</summary>
[HtmlTargetElement("select-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectFieldTagHelper(HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("for")]
    public required ModelExpression For { get; set; }

    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldState.Of(For, ViewContext);
        var selected = field.AttemptedValue ?? Convert.ToString(For.Model, System.Globalization.CultureInfo.InvariantCulture);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.Error is null ? "field" : "field field--error");
        var html = output.Content;
        field.AppendLabelHintAndError(html, encoder, For.Metadata.GetDisplayName(), Hint);
        html.AppendHtml($"<select id=\"{field.Id}\" name=\"{encoder.Encode(field.Name)}\"{field.DescribedBy(Hint)}>");
        foreach (var item in Items)
        {
            var isSelected = string.Equals(item.Value, selected ?? string.Empty, StringComparison.Ordinal);
            html.AppendHtml($"<option value=\"{encoder.Encode(item.Value)}\"{(isSelected ? " selected" : string.Empty)}>{encoder.Encode(item.Text)}</option>");
        }

        html.AppendHtml("</select>");
    }
}

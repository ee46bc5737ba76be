using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TrainingSite.Core.Ui;

/// <summary><c>&lt;checkbox-field for="Input.RememberMe" /&gt;</c>: a checkbox with its label after it.</summary>
[HtmlTargetElement("checkbox-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxFieldTagHelper(HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("for")]
    public required ModelExpression For { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FieldState.Of(For, ViewContext);
        var isChecked = For.Model is true;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field field--checkbox");
        output.Content.AppendHtml(
            $"<input id=\"{field.Id}\" name=\"{encoder.Encode(field.Name)}\" type=\"checkbox\" value=\"true\"{(isChecked ? " checked" : string.Empty)}>" +
            $"<label for=\"{field.Id}\">{encoder.Encode(For.Metadata.GetDisplayName())}</label>" +
            $"<input type=\"hidden\" name=\"{encoder.Encode(field.Name)}\" value=\"false\">");
    }
}

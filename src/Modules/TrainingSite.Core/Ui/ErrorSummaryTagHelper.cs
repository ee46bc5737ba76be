using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;

namespace TrainingSite.Core.Ui;

/// <summary>
/// <c>&lt;error-summary /&gt;</c>: after a failed post, a focused box listing every problem, each a link
/// to its field (the GOV.UK pattern), so keyboard and screen-reader users find what to fix.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(HtmlEncoder encoder, IStringLocalizer<SharedStrings> strings) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var problems = ViewContext.ViewData.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => (Key: entry.Key, Message: entry.Value!.Errors[0].ErrorMessage))
            .ToList();
        if (problems.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("data-autofocus", "true");
        var html = output.Content;
        html.AppendHtml($"<h2>{encoder.Encode(strings["Form.ErrorSummaryTitle"])}</h2><ul>");
        foreach (var (key, message) in problems)
        {
            html.AppendHtml(key.Length == 0
                ? $"<li>{encoder.Encode(message)}</li>"
                : $"<li><a href=\"#{TagBuilder.CreateSanitizedId(key, "_")}\">{encoder.Encode(message)}</a></li>");
        }

        html.AppendHtml("</ul>");
    }
}

using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Content;

namespace TrainingSite.Core.Content;

/// <summary>The author and publisher as a version's history shows them: "deleted user" (localized) once the account is gone.</summary>
public static class ContentAuthorText
{
    public static string AuthorShown(this ContentVersion version, IStringLocalizer<SharedStrings> strings) =>
        version.AuthorId == ContentVersion.DeletedUser ? strings["Author.DeletedUser"] : version.AuthorName;

    public static string? PublisherShown(this ContentVersion version, IStringLocalizer<SharedStrings> strings) =>
        version.PublishedById == ContentVersion.DeletedUser ? strings["Author.DeletedUser"] : version.PublishedBy;
}

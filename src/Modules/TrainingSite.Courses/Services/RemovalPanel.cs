using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace TrainingSite.Courses.Services;

/// <summary>
/// What an authoring page offers for taking its course or lesson out of use (Pages/Shared/_RemovalPanel.cshtml): delete
/// when it holds no learner's data; otherwise archive, or restore when archived; purge for those who may.
/// </summary>
/// <param name="IsCourse">A course (else a lesson): which strings the panel uses.</param>
/// <param name="ArchivedAt">When it was archived; null when in use.</param>
/// <param name="Learners">How many learners' data it holds.</param>
/// <param name="MayPurge">The user holds <see cref="CoursesPermissions.Purge"/>.</param>
public sealed record RemovalPanel(bool IsCourse, DateTimeOffset? ArchivedAt, int Learners, bool MayPurge)
{
    /// <summary>The prefix of this item's strings: "Removal.Course" or "Removal.Lesson".</summary>
    public string Strings => IsCourse ? "Removal.Course" : "Removal.Lesson";

    /// <summary>Whether the user may purge (delete with learners' data): the permission, decided on the server.</summary>
    public static async Task<bool> MayPurgeAsync(IAuthorizationService authorization, ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, CoursesPermissions.PurgePolicy)).Succeeded;
}

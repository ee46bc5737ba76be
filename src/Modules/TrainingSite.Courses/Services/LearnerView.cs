using System.Security.Claims;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Courses.Services;

/// <summary>The signed-in learner as the learner pages need them: id and home region, from the cookie's claims.</summary>
public sealed record LearnerView(string UserId, string? HomeRegionId)
{
    public static LearnerView? Of(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? new LearnerView(id, user.FindFirstValue(TrainingClaims.HomeRegion)) : null;
}

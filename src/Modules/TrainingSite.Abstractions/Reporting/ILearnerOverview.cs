using System.Security.Claims;

namespace TrainingSite.Abstractions.Reporting;

/// <summary>Offered by the reports module to the administration home: <see cref="LearnerOverview"/>, counted by the reports' own rules.</summary>
public interface ILearnerOverview
{
    /// <summary>The numbers over the learners of the user's report scope, or null when the user may read no reports.</summary>
    Task<LearnerOverview?> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}

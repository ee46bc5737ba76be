using TrainingSite.Abstractions.Audit;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Services;

/// <summary>Audit events about an account: the item is the user, named by name and e-mail, in their home region.</summary>
public static class UserAudit
{
    public static AuditRecord Record(string kind, TrainingUser user, string? details = null) =>
        new(kind, AuditItemTypes.User, user.Id, Title(user), user.HomeRegionId, details);

    /// <summary>"Name &lt;address&gt;", as the user list shows a person.</summary>
    public static string Title(TrainingUser user) => $"{user.DisplayName} <{user.Email}>";

    /// <summary>"label: a, b" with the names sorted, or "label: -" for none.</summary>
    public static string Listed(string label, IEnumerable<string> names)
    {
        var sorted = names.Order(StringComparer.Ordinal).ToList();
        return $"{label}: {(sorted.Count == 0 ? "-" : string.Join(", ", sorted))}";
    }
}

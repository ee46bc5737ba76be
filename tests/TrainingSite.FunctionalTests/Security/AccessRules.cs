namespace TrainingSite.FunctionalTests.Security;

/// <summary>Who may call a route, stated once per part of the site.</summary>
public enum Access
{
    /// <summary>Anyone, signed in or not.</summary>
    Public,

    /// <summary>Anyone signed in.</summary>
    SignedIn,

    /// <summary>Administrators and regional coordinators.</summary>
    Staff,

    /// <summary>Administrators only.</summary>
    Admin,

    /// <summary>An item of a region: administrators, and coordinators of that region (national items: administrators only).</summary>
    RegionalAuthor,

    /// <summary>The person the item belongs to (a quiz attempt): nobody else.</summary>
    Owner,

    /// <summary>A certificate: its holder, administrators and coordinators of the holder's region.</summary>
    CertificateReaders,

    /// <summary>A network-only guidance article: network members.</summary>
    NetworkMembers,

    /// <summary>
    /// A learner's report (/reports/learners/{userId}): administrators and coordinators of the learner's home region;
    /// other staff get 404, as for an id that does not exist.
    /// </summary>
    LearnerReaders,

    /// <summary>
    /// A course's report: administrators and the coordinators of its region; a national course's report every
    /// coordinator (each sees their own regions' learners in it).
    /// </summary>
    CourseReporters,
}

/// <summary>
/// The site's access policy as a table of route prefixes, first match wins. A route that matches no rule fails the
/// authorization walk, so whoever adds a page also says who may use it.
/// </summary>
public static class AccessRules
{
    private static readonly (string Prefix, bool Exact, Access Access)[] Rules =
    [
        ("/admin", true, Access.Staff),
        ("/admin/roles", false, Access.Admin), // who holds which permission: changing it is changing everyone's access
        ("/admin/", false, Access.Admin),
        ("/authoring/courses/{courseId}", false, Access.RegionalAuthor),
        ("/authoring/guidance/{articleId}", false, Access.RegionalAuthor),
        ("/authoring/directory/{pointId}", false, Access.RegionalAuthor),
        ("/authoring", false, Access.Staff), // lists and "new" forms: the region is chosen in the form, checked by the handler
        ("/reports/learners/{userId}", false, Access.LearnerReaders),
        ("/reports/courses/{courseId}", false, Access.CourseReporters),
        ("/reports", false, Access.Staff),
        ("/api/markdown/preview", false, Access.Staff),
        ("/certificates/{id:int}/pdf", false, Access.CertificateReaders),
        ("/certificates/verify", false, Access.Public),
        ("/certificates", false, Access.SignedIn),
        ("/courses/{courseId}/quiz/attempts", false, Access.Owner),
        ("/courses/{courseId}/quiz", false, Access.SignedIn),
        ("/courses/{courseId}/lessons", false, Access.SignedIn),
        ("/courses", false, Access.Public),
        ("/dashboard", false, Access.SignedIn),
        ("/notifications", false, Access.SignedIn),
        ("/account/login", false, Access.Public),
        ("/account/logout", false, Access.Public),
        ("/account/register", false, Access.Public),
        ("/account/forgot-password", false, Access.Public),
        ("/account/reset-password", false, Access.Public),
        ("/account/deleted", false, Access.Public), // the goodbye page after deleting one's account
        ("/glossary", false, Access.Public),
        ("/account", false, Access.SignedIn),
        ("/guidance/{id}", false, Access.NetworkMembers),
        ("/guidance", false, Access.Public),
        ("/directory", false, Access.Public), // the search, a point's page and its referral slip: public facts of public service points (the slip's QR code leads to the page)
        ("/api/guidance/search", false, Access.Public),
        ("/api/directory", true, Access.Public),
        ("/setup", false, Access.Public),
        ("/language", false, Access.Public),
        ("/error", false, Access.Public),
        ("/health", false, Access.Public),
        ("/status", false, Access.Public),
        ("/", true, Access.Public),
    ];

    /// <summary>Routes whose GET answers something other than 200 by design (setup after the first administrator, error pages).</summary>
    private static readonly string[] NotSuccessByDesign = ["/setup", "/error"];

    public static Access? For(string template) =>
        Rules.FirstOrDefault(r => r.Exact ? template == r.Prefix : template.StartsWith(r.Prefix, StringComparison.Ordinal)) is { Prefix: not null } rule
            ? rule.Access
            : null;

    public static bool AnswersSuccessOnGet(string template) => !NotSuccessByDesign.Any(p => template.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Whether a caller of the <see cref="Caller.EveryoneAsync"/> kinds may use a route with this access.</summary>
    public static bool Allows(Access access, string caller, RouteSamples.Scope scope) => access switch
    {
        Access.Public => true,
        Access.SignedIn => caller != "anonymous",
        Access.Staff => caller is "admin" or "coordinator-espoo" or "coordinator-helsinki",
        Access.Admin => caller == "admin",
        Access.RegionalAuthor => caller == "admin" || (caller == "coordinator-espoo" && scope == RouteSamples.Scope.Espoo),
        Access.Owner => false,
        Access.CertificateReaders => caller is "admin" or "coordinator-espoo",
        Access.NetworkMembers => caller != "anonymous",
        Access.LearnerReaders => caller is "admin" or "coordinator-espoo",
        Access.CourseReporters => caller == "admin" || caller == "coordinator-espoo" || (caller == "coordinator-helsinki" && scope == RouteSamples.Scope.National),
        _ => false,
    };
}

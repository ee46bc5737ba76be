namespace TrainingSite.Reports.Services.Learners;

/// <summary>Which form field a filter message belongs to, so the error summary links to it.</summary>
public static class LearnerFilterFields
{
    public static string Of(string errorKey) => errorKey switch
    {
        "Filter.OrganisationTooLong" => "organisation",
        "Filter.StatusUnknown" => "status",
        "Filter.CourseUnknown" => "course",
        _ => string.Empty,
    };
}

namespace TrainingSite.Directory.Models;

/// <summary>
/// Whether counsellors see the point. A stand-in for the shared draft/publish workflow with versions
/// (VersionWorkflow), which service points are to join; the recipe's <c>status</c> maps onto it.
/// </summary>
public enum ServicePointStatus
{
    Draft,
    Published,
}

namespace TrainingSite.Courses.Services;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}

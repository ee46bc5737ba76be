namespace TrainingSite.Courses;

/// <summary>Marker for the Courses module's strings (Resources/CoursesStrings.{fi,sv,en}.resx).</summary>
public sealed class CoursesStrings
{
    private CoursesStrings()
    {
    }
}

using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Courses.Models;
using TrainingSite.Data;

namespace TrainingSite.Courses.Services;

public sealed class CourseDirectory(TrainingDbContext db) : ICourseDirectory
{
    public async Task<(bool Exists, string? RegionId)> RegionOfAsync(string courseId, CancellationToken cancellationToken)
    {
        var course = await db.Set<Course>().AsNoTracking().Where(c => c.Id == courseId).Select(c => new { c.RegionId }).FirstOrDefaultAsync(cancellationToken);
        return (course is not null, course?.RegionId);
    }

    public Task<bool> IsArchivedAsync(string courseId, CancellationToken cancellationToken) =>
        db.Set<Course>().AsNoTracking().AnyAsync(c => c.Id == courseId && c.ArchivedAt != null, cancellationToken);
}

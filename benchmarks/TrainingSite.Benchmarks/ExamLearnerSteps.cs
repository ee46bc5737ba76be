using System.Globalization;
using System.Net;

namespace TrainingSite.Benchmarks;

/// <summary>The requests of each exam step; each answers null when the step succeeded, or what went wrong.</summary>
public sealed partial class ExamLearner
{
    /// <summary>The login form, then its post (a redirect when it accepted the password).</summary>
    private async Task<string?> SignInAsync()
    {
        var form = await SendAsync(ExamTally.SignIn, HttpMethod.Get, "/account/login");
        if (Unexpected(form, HttpStatusCode.OK) is { } failure)
        {
            return failure;
        }

        var posted = await SendAsync(ExamTally.SignIn, HttpMethod.Post, "/account/login", [
            new("Input.Email", BenchmarkSeed.LearnerEmail(Number)), new("Input.Password", BenchmarkSeed.Password), new("__RequestVerificationToken", form.Token ?? string.Empty)]);
        if (posted.Status != HttpStatusCode.Redirect)
        {
            return $"{(int)posted.Status} {posted.Status}";
        }

        _signedOut = false;
        return null;
    }

    private async Task<string?> ReadLessonAsync() =>
        Unexpected(await SendAsync(ExamTally.Lesson, HttpMethod.Get, $"/courses/{QuizContent.CourseId}/lessons/{QuizContent.CourseId}-lesson"), HttpStatusCode.OK);

    /// <summary>The quiz page, its start button (continuing the open attempt if an earlier try started one), the attempt page.</summary>
    private async Task<string?> StartAsync()
    {
        var quiz = await SendAsync(ExamTally.Start, HttpMethod.Get, Quiz);
        if (Unexpected(quiz, HttpStatusCode.OK) is { } failure)
        {
            return failure;
        }

        var started = await SendAsync(ExamTally.Start, HttpMethod.Post, $"{Quiz}?handler=Start", [new("__RequestVerificationToken", quiz.Token ?? string.Empty)]);
        if (Unexpected(started, HttpStatusCode.Redirect) is { } refused)
        {
            return refused;
        }

        _attemptPath = started.Location!;
        AttemptId = int.Parse(_attemptPath[(_attemptPath.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        var page = await SendAsync(ExamTally.Start, HttpMethod.Get, _attemptPath);
        _token = page.Token ?? string.Empty;
        return Unexpected(page, HttpStatusCode.OK);
    }

    /// <summary>The attempt page's autosave: the whole form, in the background (204).</summary>
    private async Task<string?> SaveAsync()
    {
        var sent = _form.ToList();
        foreach (var (question, choices) in sent)
        {
            if (!Unconfirmed.TryGetValue(question, out var possible))
            {
                Unconfirmed[question] = possible = [];
            }

            possible.Add(choices);
        }

        var saved = await SendAsync(ExamTally.Answer, HttpMethod.Post, $"{_attemptPath}?handler=Save", [
            new("__RequestVerificationToken", _token),
            .. sent.SelectMany(answer => answer.Value.Split(',').Select(choice => new KeyValuePair<string, string>($"answer:{answer.Key}", choice)))], fetch: true);
        if (Unexpected(saved, HttpStatusCode.NoContent) is { } failure)
        {
            return failure;
        }

        foreach (var (question, choices) in sent)
        {
            Acknowledged[question] = choices;
            Unconfirmed[question].Clear();
        }

        return null;
    }

    /// <summary>
    /// The submit page, its post (a redirect to the review), the review. After a failed post the learner cannot
    /// know whether it went through; a submit page that then leads to the review, or a 409 to the retried post,
    /// is the site saying the attempt is graded, which is what the learner sees.
    /// </summary>
    private async Task<string?> SubmitAsync()
    {
        var review = $"{_attemptPath}/review";
        if (!Submitted)
        {
            var page = await SendAsync(ExamTally.Submit, HttpMethod.Get, $"{_attemptPath}/submit");
            if (_submitSent && page.Status == HttpStatusCode.Redirect && page.Location == review)
            {
                Submitted = true;
            }
            else if (Unexpected(page, HttpStatusCode.OK) is { } failure)
            {
                return failure;
            }
            else
            {
                var retried = _submitSent;
                _submitSent = true;
                var posted = await SendAsync(ExamTally.Submit, HttpMethod.Post, $"{_attemptPath}/submit", [new("__RequestVerificationToken", page.Token ?? string.Empty)]);
                if (!(retried && posted.Status == HttpStatusCode.Conflict) && Unexpected(posted, HttpStatusCode.Redirect) is { } refused)
                {
                    return refused;
                }

                Submitted = true;
            }
        }

        return Unexpected(await SendAsync(ExamTally.Submit, HttpMethod.Get, review), HttpStatusCode.OK);
    }

    /// <summary>Null when the reply is the one expected; otherwise its status, and a redirect to the login form signs in again first.</summary>
    private string? Unexpected(Reply reply, HttpStatusCode expected)
    {
        if (reply.Status == expected)
        {
            return null;
        }

        if (reply.Status == HttpStatusCode.Redirect && reply.Location?.Contains("/account/login", StringComparison.Ordinal) == true)
        {
            _signedOut = true;
            return "302 to the login form";
        }

        return $"{(int)reply.Status} {reply.Status}";
    }

    private async Task<Reply> SendAsync(string step, HttpMethod method, string path, IEnumerable<KeyValuePair<string, string>>? form = null, bool fetch = false)
    {
        using var request = new HttpRequestMessage(method, site + path);
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        if (fetch)
        {
            request.Headers.Add("X-Requested-With", "fetch");
        }

        using var response = await Tally.SendAsync(step, _session.Http, request);
        var body = await response.Content.ReadAsStringAsync();
        return new Reply(response.StatusCode, response.Headers.Location?.OriginalString, LearnerSession.TokenIn(body));
    }

    private sealed record Reply(HttpStatusCode Status, string? Location, string? Token);
}

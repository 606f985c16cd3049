using System.Diagnostics;

namespace AuthClients.Core;

/// <summary>
/// What one session reports: its logins and refreshes (a span each, counted and timed) and the
/// re-authentications a 401 causes. Only the vendor's and the session's names go into tags.
/// </summary>
internal sealed class SessionTelemetry(AuthClientsTelemetry telemetry, string vendor, string session)
{
    /// <summary>For sessions built without a container (tests, the public <see cref="TokenSession"/> constructor).</summary>
    public static SessionTelemetry Unnamed { get; } = new(AuthClientsTelemetry.Shared, "unknown", string.Empty);

    /// <summary>
    /// Starts a login or refresh: its span becomes <see cref="Activity.Current"/> for the token
    /// call that follows, so the HTTP client's span of that call is its child.
    /// </summary>
    public TokenCall Start(string operation)
    {
        var activity = AuthClientsTelemetry.Source.StartActivity("AuthClients " + operation, ActivityKind.Internal);
        activity?.SetTag(AuthClientsTelemetry.VendorTag, vendor);
        activity?.SetTag(AuthClientsTelemetry.SessionTag, session);
        activity?.SetTag(AuthClientsTelemetry.OperationTag, operation);
        return new TokenCall(this, operation, activity, Stopwatch.GetTimestamp());
    }

    /// <summary>A 401 made the session renew its token: counted, and an event on the resource call's span.</summary>
    public void Reauthenticated(Exception? failure)
    {
        var outcome = AuthClientsTelemetry.OutcomeOf(failure);
        telemetry.ReauthenticationCounter.Add(1, Tags(outcome));
        Activity.Current?.AddEvent(new ActivityEvent(
            AuthClientsTelemetry.ReauthenticationEvent,
            tags: new ActivityTagsCollection
            {
                [AuthClientsTelemetry.VendorTag] = vendor,
                [AuthClientsTelemetry.SessionTag] = session,
                [AuthClientsTelemetry.OutcomeTag] = outcome,
            }));
    }

    /// <summary>
    /// A renewal started ahead of expiry failed: <paramref name="retried"/> when it is retried in
    /// the background while callers keep the valid token, false when the token expired first (or
    /// the vendor refused the login, which is remembered rather than retried).
    /// </summary>
    public void RenewalFailed(Exception failure, bool retried)
    {
        var tags = Tags(AuthClientsTelemetry.OutcomeOf(failure));
        tags.Add(AuthClientsTelemetry.RetriedTag, retried);
        telemetry.RenewalFailureCounter.Add(1, tags);
    }

    private void Ended(string operation, Activity? activity, long started, Exception? failure)
    {
        var outcome = AuthClientsTelemetry.OutcomeOf(failure);
        var tags = Tags(outcome);
        (operation == AuthClientsTelemetry.Login ? telemetry.LoginCounter : telemetry.RefreshCounter).Add(1, tags);
        if (failure is not null && operation == AuthClientsTelemetry.Login)
        {
            telemetry.LoginFailureCounter.Add(1, tags);
        }

        tags.Add(AuthClientsTelemetry.OperationTag, operation);
        if (failure is not null)
        {
            tags.Add(AuthClientsTelemetry.ErrorTypeTag, failure.GetType().FullName);
        }

        telemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        if (activity is not null)
        {
            activity.SetTag(AuthClientsTelemetry.OutcomeTag, outcome);
            if (failure is not null)
            {
                // The type only: a message could quote what the vendor echoed.
                activity.SetTag(AuthClientsTelemetry.ErrorTypeTag, failure.GetType().FullName);
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }

            activity.Dispose();
        }
    }

    private TagList Tags(string outcome) => new()
    {
        { AuthClientsTelemetry.VendorTag, vendor },
        { AuthClientsTelemetry.SessionTag, session },
        { AuthClientsTelemetry.OutcomeTag, outcome },
    };

    /// <summary>One login or refresh under way; <see cref="End"/> it once with its failure, if any.</summary>
    internal readonly struct TokenCall(SessionTelemetry owner, string operation, Activity? activity, long started)
    {
        public void End(Exception? failure = null) => owner.Ended(operation, activity, started, failure);
    }
}

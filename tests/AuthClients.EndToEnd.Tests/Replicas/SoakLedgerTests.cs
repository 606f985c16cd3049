using AuthClients.ClusterSoak;

namespace AuthClients.EndToEnd.Tests.Replicas;

/// <summary>
/// The cluster soak's verdict (build/soak-cluster.sh) on timelines as a loaded machine produces
/// them: events and logins seconds off the plan. Tokens end every 6 s, as in the test command's run.
/// </summary>
public sealed class SoakLedgerTests
{
    private static readonly TimeSpan X = TimeSpan.FromSeconds(6);
    private static readonly DateTimeOffset T = new(2026, 12, 7, 15, 0, 0, TimeSpan.Zero); // a boundary

    private static DateTimeOffset At(double seconds) => T + TimeSpan.FromSeconds(seconds);

    [Fact]
    public void A_first_login_late_past_the_first_boundary_serves_from_there_and_is_no_login_short()
    {
        // "go" at 1.8 s; the workers, starting on a busy machine, log in only at 6.4 s. The old
        // count expected a login for the boundary at 6 s as well and found one login short.
        var ledger = new SoakLedger(X);
        ledger.Rotated(At(7.2));

        var verdict = ledger.Judge([At(6.4), At(7.3), At(12.1), At(18.2)], At(21.0), processes: 8, failedCalls: []);

        verdict.Problems.ShouldBeEmpty();
        (verdict.Logins, verdict.Expected).ShouldBe((4, 4));
    }

    [Fact]
    public void A_boundary_just_before_the_workers_share_again_counts_with_the_outage()
    {
        // The run that printed logins=6 expected=5: Redis stopped late (its stop took 5 s, across
        // the boundary at 24 s while still up), and the workers reported sharing again 28 ms after
        // the boundary at 30 s, whose one login the old count put on the shared side.
        var ledger = new SoakLedger(X);
        ledger.Rotated(At(9.0));
        ledger.RedisAway(At(21.0), At(30.028));

        var verdict = ledger.Judge([At(2.0), At(6.1), At(9.1), At(12.1), At(18.1), At(24.1), At(30.2)], At(33.0), processes: 8, failedCalls: []);

        verdict.Problems.ShouldBeEmpty();
        (verdict.Logins, verdict.Expected, verdict.OutageLogins).ShouldBe((5, 5, 2));
    }

    [Fact]
    public void Eight_workers_logging_in_alone_across_the_outage_and_one_login_after_it_pass()
    {
        var ledger = new SoakLedger(X);
        ledger.Rotated(At(9.0));
        ledger.RedisAway(At(21.0), At(25.2));
        var alone = Enumerable.Range(0, 8).Select(i => At(24.05 + (i * 0.01)));

        var verdict = ledger.Judge([At(2.0), At(6.1), At(9.1), At(12.1), At(18.1), .. alone, At(30.1)], At(33.0), processes: 8, failedCalls: []);

        verdict.Problems.ShouldBeEmpty();
        (verdict.Logins, verdict.Expected, verdict.OutageLogins).ShouldBe((6, 6, 8));
    }

    [Fact]
    public void Two_logins_in_one_epoch_with_Redis_up_fail_the_run_and_name_the_epoch()
    {
        var ledger = new SoakLedger(X);

        var verdict = ledger.Judge([At(2.0), At(6.1), At(6.3), At(12.1)], At(15.0), processes: 8, failedCalls: []);

        verdict.Passed.ShouldBeFalse();
        verdict.Problems.ShouldBe(["epoch 1 from 15:00:06.000 (boundary, shared): 2 logins, at most 1 expected"]);
    }

    [Fact]
    public void An_epoch_with_no_login_is_one_login_serving_two_token_ends()
    {
        // The rotation came 2.7 s after a boundary, before any worker had heard of the boundary
        // (the mock answering in 1.5 to 3 s): the login after the rotation served both.
        var ledger = new SoakLedger(X);
        ledger.Rotated(At(8.7));

        var verdict = ledger.Judge([At(2.0), At(9.3), At(12.1)], At(15.0), processes: 8, failedCalls: []);

        verdict.Problems.ShouldBeEmpty();
        (verdict.Logins, verdict.Expected).ShouldBe((3, 4));
    }

    [Fact]
    public void A_call_retried_with_the_token_it_was_refused_with_fails_the_run()
    {
        var ledger = new SoakLedger(X);
        var call = new FailedCall(At(5.9), At(6.4), [new CallAttempt(At(2.0), At(6.2), 401), new CallAttempt(At(2.0), At(6.4), 401)]);

        var verdict = ledger.Judge([At(2.0), At(6.5)], At(9.0), processes: 8, failedCalls: [call]);

        verdict.FailedOnEndedTokens.ShouldBe(0);
        verdict.Passed.ShouldBeFalse();
    }

    [Fact]
    public void More_logins_than_workers_while_Redis_is_away_fail_the_run()
    {
        var ledger = new SoakLedger(X);
        ledger.RedisAway(At(3.0), At(8.0));

        var verdict = ledger.Judge([At(2.0), .. Enumerable.Range(0, 9).Select(i => At(6.1 + (i * 0.01)))], At(9.0), processes: 8, failedCalls: []);

        verdict.Problems.ShouldBe(["epoch 1 from 15:00:06.000 (boundary, Redis away): 9 logins for 8 workers"]);
    }

    [Fact]
    public void A_call_that_renewed_and_whose_every_token_had_been_ended_fails_by_the_one_renewal_rule()
    {
        // Seen at 6-second tokens with the mock answering in 1.5 to 3 s: a call set out at 56.4 s
        // with a token of the epoch before the rotation at 55.5 s (its worker had not heard yet),
        // was refused at 58.8 s, renewed to the rotation's token and retried; the boundary at
        // 60 s ended that one before the mock answered the retry at 60.4 s.
        var ledger = new SoakLedger(X);
        ledger.Rotated(At(55.5));
        var call = new FailedCall(At(56.4), At(60.4), [new CallAttempt(At(53.1), At(58.8), 401), new CallAttempt(At(57.2), At(60.4), 401)]);

        var verdict = ledger.Judge([At(53.1), At(54.2), At(57.2), At(60.5)], At(62.0), processes: 8, failedCalls: [call]);

        verdict.Problems.ShouldBeEmpty();
        verdict.FailedOnEndedTokens.ShouldBe(1);
    }

    [Fact]
    public void A_call_refused_with_a_token_no_event_had_ended_fails_the_run()
    {
        var ledger = new SoakLedger(X);
        var call = new FailedCall(At(6.0), At(6.4), [new CallAttempt(At(2.0), At(6.2), 401), new CallAttempt(At(6.1), At(6.4), 401)]);

        var verdict = ledger.Judge([At(2.0), At(6.1)], At(9.0), processes: 8, failedCalls: [call]);

        verdict.FailedOnEndedTokens.ShouldBe(0);
        verdict.Problems.ShouldBe(["a call from 15:00:06.000 to 15:00:06.400 failed: 401 at 15:00:06.200 with a token issued 15:00:02.000; 401 at 15:00:06.400 with a token issued 15:00:06.100"]);
    }

    [Fact]
    public void A_call_refused_once_and_not_retried_fails_the_run()
    {
        var ledger = new SoakLedger(X);
        var call = new FailedCall(At(5.9), At(6.2), [new CallAttempt(At(2.0), At(6.2), 401)]);

        var verdict = ledger.Judge([At(2.0), At(6.3)], At(9.0), processes: 8, failedCalls: [call]);

        verdict.Passed.ShouldBeFalse();
    }

    [Theory]
    [InlineData(1.0, 2.4)]  // just after a boundary: 0.4 X after it
    [InlineData(5.9, 8.4)]  // just before one: 0.4 X after it
    [InlineData(3.0, 3.0)]  // mid-interval: at once
    [InlineData(2.4, 2.4)]  // exactly 0.4 X after: at once
    [InlineData(3.6, 3.6)]  // exactly 0.4 X before: at once
    public void A_late_event_fires_at_least_0_4_intervals_away_from_any_boundary(double late, double fires) =>
        TokenIntervals.Quiet(At(late), X).ShouldBe(At(fires));
}

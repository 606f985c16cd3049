using System.Net;
using AuthClients.Core.Tests.Fakes;

namespace AuthClients.Core.Tests;

public sealed class AuthenticatingHandlerAllocationTests
{
    [Fact]
    public async Task A_call_with_a_cached_token_answered_asynchronously_allocates_only_the_handlers_own_state()
    {
        var sessionSecrets = new SessionSecrets();
        var session = new AuthSession("test", "Fake", new NoPlacement(), TestSessions.Host, new TokenSession(new FakeTokenEndpoint(), null, null, logger: null, sessionSecrets, null), new ApiErrorTranslator("Fake", (_, _) => null, sessionSecrets.All), sessionSecrets);
        await session.Tokens.GetTokenAsync();
        var inner = new PendingHandler();
        using var invoker = new HttpMessageInvoker(new AuthenticatingHandler(session) { InnerHandler = inner });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(TestSessions.Host, "resource"));
        using var response = new HttpResponseMessage(HttpStatusCode.OK);

        long Measure()
        {
            var answer = new TaskCompletionSource<HttpResponseMessage>();
            inner.Answer = answer.Task;
            var before = GC.GetAllocatedBytesForCurrentThread();
            // The answer comes after the handler has awaited it, as a socket's does; the
            // continuation runs on this thread, so every byte the call allocates is counted.
            var sent = invoker.SendAsync(request, CancellationToken.None);
            answer.SetResult(response);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            sent.IsCompletedSuccessfully.ShouldBeTrue();
            return allocated;
        }

        Measure();
        Measure();

        // One async state machine box (request, token, cancellation token, handler, the answer's
        // awaiter): 184 B on .NET 10 in the Debug build the tests run in (Release boxes are
        // smaller). Awaiting the cached token in the same method kept its ValueTask awaiter in
        // that box too: 216 B.
        Measure().ShouldBeLessThanOrEqualTo(184);
    }

    private sealed class NoPlacement : TokenPlacement
    {
        public override void Apply(HttpRequestMessage request, AuthToken token)
        {
        }
    }

    private sealed class PendingHandler : HttpMessageHandler
    {
        public Task<HttpResponseMessage> Answer { get; set; } = null!;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Answer;
    }
}

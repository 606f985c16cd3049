using System.Net;
using Refit;

namespace AuthClients.Contracts.Tests.Infrastructure;

/// <summary>Assertions the contracts share.</summary>
internal static class Expect
{
    /// <summary>The generated client surfaces the documented error status (as Refit's ApiException: no runtime here).</summary>
    public static async Task ApiError(Func<Task> call, HttpStatusCode status) =>
        (await Should.ThrowAsync<ApiException>(call)).StatusCode.ShouldBe(status);
}

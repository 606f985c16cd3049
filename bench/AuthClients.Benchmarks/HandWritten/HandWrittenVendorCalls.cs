using System.Net.Http.Headers;

namespace AuthClients.Benchmarks.HandWritten;

/// <summary>
/// Each vendor's cached-token resource call as a developer would write it by hand: the path,
/// the token where the vendor wants it, the body read with System.Text.Json source generation.
/// The tokens are the stand-in server's documented ones; nothing checks them.
/// </summary>
internal static class HandWrittenVendorCalls
{
    public static Task<HandFuseUser> FuseAsync(HttpClient http) =>
        HandWrittenCall.GetAsync(http, "api/v5.0/users/me", r => r.Headers.Add("Auth-Token", "RVt-k4zQJRyMBx3L"), HandWrittenJsonContext.Default.HandFuseUser);

    public static Task<HandFuseUser> FuseV4Async(HttpClient http) =>
        HandWrittenCall.GetAsync(http, "api/v4.4/users/me?auth_token=Rn26mdxAs1_jjzVt__ySga", _ => { }, HandWrittenJsonContext.Default.HandFuseUser);

    public static Task<HandSaymonUser> SaymonAsync(HttpClient http) =>
        HandWrittenCall.GetAsync(http, "node/api/users/current?api-token=a5f946dc-4c21-4ccd-b78b-f0a5fce94f4d", _ => { }, HandWrittenJsonContext.Default.HandSaymonUser);

    public static Task<HandResolveUserDetail> ResolveInsightsAsync(HttpClient http) =>
        HandWrittenCall.GetAsync(http, "api/v2/users/loggedIn/detail", r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "6b2e0b1e-3f9a-4c6e-9d7a-0c1f5e2a9b10"), HandWrittenJsonContext.Default.HandResolveUserDetail);

    public static Task<IReadOnlyList<HandDatarheiFilesystem>> DatarheiAsync(HttpClient http) =>
        HandWrittenCall.GetAsync(http, "api/v3/fs", r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"), HandWrittenJsonContext.Default.IReadOnlyListHandDatarheiFilesystem);
}

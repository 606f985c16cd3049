using AuthClients.Contracts.Tests.Infrastructure;

namespace AuthClients.Contracts.Tests.ResolveInsights;

public sealed class ResolveInsightsConsumerPactTests : ConsumerPactTests<ResolveInsightsContract>;

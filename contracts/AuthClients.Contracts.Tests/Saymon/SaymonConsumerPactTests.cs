using AuthClients.Contracts.Tests.Infrastructure;

namespace AuthClients.Contracts.Tests.Saymon;

public sealed class SaymonConsumerPactTests : ConsumerPactTests<SaymonContract>;

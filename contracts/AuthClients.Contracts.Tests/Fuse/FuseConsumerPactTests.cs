using AuthClients.Contracts.Tests.Infrastructure;

namespace AuthClients.Contracts.Tests.Fuse;

public sealed class FuseConsumerPactTests : ConsumerPactTests<FuseContract>;

using AuthClients.PactFfi.Generators;
using AuthClients.PactFfi.Matchers;

namespace AuthClients.PactFfi.Tests;

public sealed class MatchTests
{
    private static string Json(object value) => PactJson.Serialize(value, PactJson.Default);

    [Fact]
    public void Matchers_serialise_to_the_engine_integration_json()
    {
        Json(Match.Type("tok")).ShouldBe("""{"pact:matcher:type":"type","value":"tok"}""");
        Json(Match.Regex("ab-1", "^[a-z]+-[0-9]$")).ShouldBe("""{"pact:matcher:type":"regex","regex":"^[a-z]+-[0-9]$","value":"ab-1"}""");
        Json(Match.Integer(5)).ShouldBe("""{"pact:matcher:type":"integer","value":5}""");
        Json(Match.Decimal(1.5)).ShouldBe("""{"pact:matcher:type":"decimal","value":1.5}""");
        Json(Match.MinType(new { id = 1 }, 2)).ShouldBe("""{"pact:matcher:type":"type","min":2,"value":[{"id":1},{"id":1}]}""");
        Json(Match.Equality("x")).ShouldBe("""{"pact:matcher:type":"equality","value":"x"}""");
    }

    [Fact]
    public void Matchers_nest_inside_bodies_and_names_are_kept_as_written()
    {
        object boxed = Match.Integer(1);
        Json(new { access_token = Match.Type("t"), Nested = new { boxed }, list = Match.MinType(new { id = Match.Integer(7) }, 1) })
            .ShouldBe("""{"access_token":{"pact:matcher:type":"type","value":"t"},"Nested":{"boxed":{"pact:matcher:type":"integer","value":1}},"list":{"pact:matcher:type":"type","min":1,"value":[{"id":{"pact:matcher:type":"integer","value":7}}]}}""");
    }

    [Fact]
    public void A_regex_example_that_does_not_match_its_regex_is_rejected_early()
    {
        Should.Throw<ArgumentException>(() => Match.Regex("ABC", "^[a-z]+$"));
    }

    [Fact]
    public void A_provider_state_value_serialises_as_a_matcher_with_a_provider_state_generator()
    {
        Json(Generate.ProviderState("tok", "${accessToken}"))
            .ShouldBe("""{"pact:matcher:type":"type","pact:generator:type":"ProviderState","expression":"${accessToken}","value":"tok"}""");
        Json(Generate.ProviderState("Bearer a.b.c", "Bearer ${accessToken}", "^Bearer .+$"))
            .ShouldBe("""{"pact:matcher:type":"regex","regex":"^Bearer .+$","pact:generator:type":"ProviderState","expression":"Bearer ${accessToken}","value":"Bearer a.b.c"}""");
    }

    [Theory]
    [InlineData("accessToken")]
    [InlineData("Bearer {accessToken}")]
    [InlineData("$accessToken")]
    public void An_expression_that_names_no_provider_state_value_is_rejected(string expression)
    {
        Should.Throw<ArgumentException>(() => Generate.ProviderState("tok", expression)).Message.ShouldContain("${name}");
    }

    [Fact]
    public void A_provider_state_example_that_does_not_match_its_regex_is_rejected_early()
    {
        Should.Throw<ArgumentException>(() => Generate.ProviderState("Basic abc", "Bearer ${accessToken}", "^Bearer .+$"));
    }
}

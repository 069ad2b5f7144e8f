using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Extraction.Tests.Cleaning;

public class MissingSpaceRepairTests
{
    [Theory]
    [InlineData("The summit,held in Port Halden,was attended by both governors.", "The summit, held in Port Halden, was attended by both governors.")]
    [InlineData("to show Valley society,Coastal society,that yes,it works", "to show Valley society, Coastal society, that yes, it works")]
    [InlineData("the fight against smugglers.The deployment began", "the fight against smugglers. The deployment began")]
    [InlineData("Despite the demands,Ortiz held firm.Officials agreed.", "Despite the demands, Ortiz held firm. Officials agreed.")]
    [InlineData("in Querétaro,según the mayor", "in Querétaro, según the mayor")]
    [InlineData("Mr.Varga arrived", "Mr. Varga arrived")]
    public void Inserts_the_missing_space(string line, string expected) => Assert.Equal(expected, MissingSpaceRepair.Repair(line));

    [Theory]
    [InlineData("More than 1,000 workers and 3.5 percent")]
    [InlineData("U.S.Mexico relations and the U.S. Navy")]
    [InlineData("visit example.com or write to a.b@c.org")]
    [InlineData("see https://news.example/Port,Halden/Story.Html today")]
    [InlineData("write to press.Office@valley.example now")]
    [InlineData("He paused...Then he left.")]
    [InlineData("the U.S.A. and e.g.The list")]
    [InlineData("Version 2.Final and node.js and A.Very short")]
    [InlineData("It cost $5,Mr. Ortiz said, and 10,Main Street")]
    [InlineData("Already fine, thanks. Next sentence.")]
    [InlineData("")]
    public void Leaves_deliberate_punctuation_alone(string line) => Assert.Equal(line, MissingSpaceRepair.Repair(line));
}

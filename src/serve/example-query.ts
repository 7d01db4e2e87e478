// The query GraphiQL opens with: an actor, their statements, and the document of each.
export const EXAMPLE_QUERY = `# Parley: a knowledge base of diplomatic news.
# Press the run button to see what Jake Sullivan said, and where.
query ActorStatements {
  actor(name: "Jake Sullivan") {
    id
    name
    role
    aliases
    statements(first: 10) {
      totalCount
      edges {
        node {
          kind
          text
          document { title publishedAt }
          evidence { start end }
        }
      }
    }
  }
}
`;

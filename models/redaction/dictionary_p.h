#pragma once

#include <QString>

#include <unordered_map>
#include <vector>

namespace masking {

// ---------------------------------------------------------------------------------------------
// Known values in free text: an Aho-Corasick automaton over case-folded UTF-16, so that one
// pass over a text finds every known value, however many the record has.

inline bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber();
}

class Dictionary {
public:
    Dictionary() { m_nodes.emplace_back(); }

    bool empty() const { return m_terms.empty(); }

    /// Adds a value (matched in any letter case, as a whole word where it starts or ends with
    /// a letter or digit). The first replacement given for a value wins.
    void add(QStringView value, const QString& replacement)
    {
        if (value.isEmpty() || value == replacement)
            return;
        int node = 0;
        for (const QChar c : value) {
            const char16_t folded = c.toCaseFolded().unicode();
            const auto [it, inserted] = m_edges.try_emplace(key(node, folded), int(m_nodes.size()));
            if (inserted) {
                Node child;
                child.depth = m_nodes[size_t(node)].depth + 1;
                child.parent = node;
                child.character = folded;
                m_nodes.push_back(child);
            }
            node = it->second;
        }
        if (m_nodes[size_t(node)].term >= 0)
            return;
        m_nodes[size_t(node)].term = int(m_terms.size());
        m_terms.push_back({ replacement, isWordCharacter(value.front()), isWordCharacter(value.back()) });
    }

    /// Computes the failure links; call once after the last add().
    void build()
    {
        int maxDepth = 0;
        for (const Node& node : m_nodes)
            maxDepth = std::max(maxDepth, node.depth);
        std::vector<int> start(size_t(maxDepth) + 2, 0);
        for (const Node& node : m_nodes)
            ++start[size_t(node.depth) + 1];
        for (size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        std::vector<int> order(m_nodes.size());
        for (size_t i = 0; i < m_nodes.size(); ++i)
            order[size_t(start[size_t(m_nodes[i].depth)]++)] = int(i);
        for (const int index : order) {
            Node& node = m_nodes[size_t(index)];
            if (node.depth <= 1) {
                node.fail = 0;
            } else {
                int f = m_nodes[size_t(node.parent)].fail;
                while (true) {
                    const int next = edge(f, node.character);
                    if (next >= 0) {
                        node.fail = next;
                        break;
                    }
                    if (f == 0) {
                        node.fail = 0;
                        break;
                    }
                    f = m_nodes[size_t(f)].fail;
                }
            }
            const Node& fail = m_nodes[size_t(node.fail)];
            node.output = index == 0 ? -1 : (fail.term >= 0 ? node.fail : fail.output);
        }
    }

    /// Appends text[from, to) to `out` with every known value replaced (leftmost, longest).
    void apply(const QString& text, qsizetype from, qsizetype to, QString& out) const
    {
        if (from >= to)
            return;
        if (m_terms.empty()) {
            out += QStringView(text).sliced(from, to - from);
            return;
        }
        std::vector<int> bestTerm(size_t(to - from), -1);
        std::vector<int> bestLength(size_t(to - from), 0);
        int node = 0;
        for (qsizetype i = from; i < to; ++i) {
            const char16_t c = text[i].toCaseFolded().unicode();
            while (true) {
                const int next = edge(node, c);
                if (next >= 0) {
                    node = next;
                    break;
                }
                if (node == 0)
                    break;
                node = m_nodes[size_t(node)].fail;
            }
            for (int match = m_nodes[size_t(node)].term >= 0 ? node : m_nodes[size_t(node)].output; match > 0;
                 match = m_nodes[size_t(match)].output) {
                const Node& found = m_nodes[size_t(match)];
                const Term& term = m_terms[size_t(found.term)];
                const qsizetype begin = i - found.depth + 1;
                if (term.wordStart && begin > 0 && isWordCharacter(text[begin - 1]))
                    continue;
                if (term.wordEnd && i + 1 < text.size() && isWordCharacter(text[i + 1]))
                    continue;
                const size_t slot = size_t(begin - from);
                if (found.depth > bestLength[slot]) {
                    bestLength[slot] = found.depth;
                    bestTerm[slot] = found.term;
                }
            }
        }
        qsizetype plain = from;
        qsizetype i = from;
        while (i < to) {
            const size_t slot = size_t(i - from);
            if (bestLength[slot] == 0) {
                ++i;
                continue;
            }
            out += QStringView(text).sliced(plain, i - plain);
            out += m_terms[size_t(bestTerm[slot])].replacement;
            i += bestLength[slot];
            plain = i;
        }
        out += QStringView(text).sliced(plain, to - plain);
    }

private:
    struct Node {
        int depth = 0;
        int parent = 0;
        int fail = 0;
        int term = -1;
        int output = -1; // nearest node on the failure chain that ends a term
        char16_t character = 0;
    };
    struct Term {
        QString replacement;
        bool wordStart;
        bool wordEnd;
    };

    static uint64_t key(int node, char16_t c) { return (uint64_t(uint32_t(node)) << 16) | c; }
    int edge(int node, char16_t c) const
    {
        const auto it = m_edges.find(key(node, c));
        return it == m_edges.end() ? -1 : it->second;
    }

    std::vector<Node> m_nodes;
    std::vector<Term> m_terms;
    std::unordered_map<uint64_t, int> m_edges;
};

} // namespace masking

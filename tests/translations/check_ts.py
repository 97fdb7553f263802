#!/usr/bin/env python3
"""Checks Qt .ts files: every message finished and none vanished; each translation keeps the
placeholders (%1..%99, %n, %L1), HTML tags, leading and trailing white space, a final
ellipsis or colon, and the number of '&' accelerators of its source; every source with
placeholders carries a translator comment (//: in the code) saying what they stand for. Exit
status 1 on any problem, each printed with its context and source text."""
import re, sys, xml.etree.ElementTree as ET
bad = 0
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            src = msg.findtext('source') or ''
            tr = msg.find('translation')
            problems = []
            if tr.get('type') in ('unfinished', 'vanished', 'obsolete'):
                problems.append('type=%s' % tr.get('type'))
            # A counted message (%n) has one translation per plural form of the language.
            forms = [f.text or '' for f in tr.findall('numerusform')] if msg.get('numerus') == 'yes' else [tr.text or '']
            ph = lambda s: sorted(re.findall(r'%L?\d+|%L?n', s))
            if ph(src) and not (msg.findtext('extracomment') or '').strip():
                problems.append('placeholders without a translator comment (//:)')
            for text in forms:
                if not text.strip():
                    problems.append('empty')
                if ph(src) != ph(text):
                    problems.append('placeholders %s vs %s' % (ph(src), ph(text)))
                # HTML tags only: "<format>" in a --help text is a value name, translated like a word.
                html = {'a', 'b', 'i', 'u', 's', 'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'tt',
                        'kbd', 'em', 'strong', 'small', 'big', 'sub', 'sup', 'span', 'div', 'ul', 'ol', 'li', 'table', 'tr',
                        'td', 'th', 'img', 'font', 'nobr', 'blockquote', 'html', 'head', 'body', 'style', 'qt'}
                tags = lambda s: sorted(t for t in re.findall(r'</?([a-zA-Z0-9]+)[^>]*>', s) if t.lower() in html)
                if tags(src) != tags(text):
                    problems.append('HTML tags differ')
                lead = lambda s: re.match(r'\s*', s).group(0)
                trail = lambda s: re.search(r'\s*$', s).group(0)
                if lead(src) != lead(text) or trail(src) != trail(text):
                    problems.append('leading/trailing white space differs')
                for end in ('…', ':', '...'):
                    if src.rstrip().endswith(end) and not text.rstrip().endswith(end):
                        problems.append('should end with %r' % end)
                acc = lambda s: len(re.findall(r'&(?!&|amp;|lt;|gt;|quot;|nbsp;)\w', s))
                if acc(src) != acc(text):
                    problems.append('accelerator & count differs')
            if problems:
                bad += 1
                print('%s [%s] %r: %s' % (path, name, src[:70], '; '.join(problems)))
print('%s: %d problem(s)' % (', '.join(sys.argv[1:]), bad))
sys.exit(1 if bad else 0)

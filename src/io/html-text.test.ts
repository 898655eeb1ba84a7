import { describe, expect, test } from 'vitest';
import { readPosting } from './posting-import.js';

const read = (body: string, head = '') =>
  readPosting(`<html><head>${head}</head><body>${body}</body></html>`, 'html');

describe('reading a saved page without JSON-LD', () => {
  test('leaves out scripts, styles, navigation, header, footer, sidebars and forms', () => {
    const posting = read(
      `<header>Acme Careers</header><nav><a>Jobs</a></nav>
       <script>track()</script><style>p{}</style>
       <div class="job"><h1>Nurse</h1><p>Care for patients.</p></div>
       <aside>Similar jobs</aside><form><button>Apply</button></form><footer>© Acme</footer>`,
    );
    expect(posting.description).toBe('Nurse\n\nCare for patients.');
  });

  test('leaves out furniture marked by class or id, and hidden elements', () => {
    const posting = read(
      `<div class="cookie-banner">We use cookies</div><div id="site-footer">Address</div>
       <p hidden>Hidden</p><p style="display: none">Also hidden</p><p>Shown</p>`,
    );
    expect(posting.description).toBe('Shown');
  });

  test('prefers the main element when there is one', () => {
    const posting = read('<div>Promo banner</div><main><p>The job.</p></main>');
    expect(posting.description).toBe('The job.');
  });

  test('keeps headings on their own lines and list items as "- " lines, nested ones indented', () => {
    const posting = read(
      '<h2>Requirements</h2><ul><li>SQL<ul><li>window functions</li></ul></li><li><p>Python</p></li></ul><ol><li>Drive</li></ol>',
    );
    expect(posting.description).toBe(
      'Requirements\n\n- SQL\n  - window functions\n- Python\n\n- Drive',
    );
  });

  test('turns line breaks into lines and table or definition-list facts into "label: value"', () => {
    const posting = read(
      '<p>Duties:<br>Teach.<br>Assess.</p><table><tr><th>Location</th><td>Reno</td></tr></table><dl><dt>Contract</dt><dd>Permanent</dd></dl>',
    );
    expect(posting.description).toBe(
      'Duties:\nTeach.\nAssess.\n\nLocation: Reno\n\nContract: Permanent',
    );
  });

  test('takes the title from the first h1, else the title tag, and the company from og:site_name', () => {
    expect(read('<h1>Driver</h1>', '<title>Other</title>').title).toBe('Driver');
    const fromTitle = read(
      '<p>x</p>',
      '<title>Data Analyst | Acme Careers</title><meta property="og:site_name" content="Acme">',
    );
    expect(fromTitle).toMatchObject({ title: 'Data Analyst', company: 'Acme' });
  });

  test('reads broken markup as a browser would, without failing', () => {
    expect(read('<ul><li>SQL<li>Python</ul><p>Unclosed').description).toBe(
      '- SQL\n- Python\n\nUnclosed',
    );
  });
});

import { describe, expect, test } from 'vitest';
import type { PostingDocument } from '../domain/posting.js';
import { extractPosting } from './posting-extraction.js';
import { findSkills, skillName } from './posting-skills.js';

describe('findSkills', () => {
  test('names lexicon skills from every field, once each, in order of first appearance', () => {
    expect(
      findSkills([
        'BLS and ACLS certification, Epic charting',
        'Salesforce and cold calling; SQL, Python and Tableau',
        'Strong Excel and Python',
      ]),
    ).toEqual([
      'BLS',
      'ACLS',
      'Epic',
      'charting',
      'Salesforce',
      'cold calling',
      'SQL',
      'Python',
      'Tableau',
      'Excel',
    ]);
  });

  test('reports a skill as the posting writes it, counting other spellings of it once', () => {
    expect(findSkills(['Postgres or PostgreSQL, and behaviour management'])).toEqual([
      'Postgres',
      'behaviour management',
    ]);
  });

  test('keeps "C++", "C#", ".NET", "Node.js", "CI/CD" and "A/B testing" whole', () => {
    expect(findSkills(['C++, C#, .NET, Node.js, CI/CD and A/B testing'])).toEqual([
      'C++',
      'C#',
      '.NET',
      'Node.js',
      'CI/CD',
      'A/B testing',
    ]);
  });

  test('words that are skills only when capitalised count only then', () => {
    expect(findSkills(['You excel at go-to-market work and react fast'])).toEqual(['go-to-market']);
    expect(findSkills(['Excel, React and Go'])).toEqual(['Excel', 'React', 'Go']);
  });

  test('a one-letter language counts only beside another skill', () => {
    expect(findSkills(['Grade C or above'])).toEqual([]);
    expect(findSkills(['Python or R'])).toEqual(['Python', 'R']);
    expect(findSkills(['R&D experience with Python'])).toEqual(['Python']);
  });

  test('a camel-case product name is a skill', () => {
    expect(findSkills(['Resident records in PointClickCare'])).toEqual(['PointClickCare']);
  });

  test('capitalised names listed beside a known skill are skills too', () => {
    expect(findSkills(['Experience with Airflow, Dagster or Prefect'])).toEqual([
      'Airflow',
      'Dagster',
      'Prefect',
    ]);
    expect(
      findSkills(['A warehouse management system (Manhattan, Blue Yonder or similar)']),
    ).toEqual(['warehouse management system', 'Manhattan', 'Blue Yonder']);
  });

  test('a capitalised word that only starts the item is not a name', () => {
    expect(findSkills(['Friendly, polished communication'])).toEqual(['communication']);
  });

  test('degrees, licences, places and benefits spelled in capitals are not skills', () => {
    expect(findSkills(['BSN, RN licence, USA, PTO and an MBA'])).toEqual([]);
  });
});

describe('skillName', () => {
  test('gives a listed skill its lexicon capitalisation when the whole name is one skill', () => {
    expect(skillName('postgresql')).toBe('PostgreSQL');
    expect(skillName('Web development')).toBe('Web development');
    expect(skillName('stakeholder communication')).toBe('stakeholder communication');
  });
});

describe('skills in an extracted posting', () => {
  const extract = (description: string, fields: Partial<PostingDocument> = {}) =>
    extractPosting({ description, sourceFormat: 'text', ...fields }).skills;

  test('come from requirements and nice-to-haves, not from duties', () => {
    expect(
      extract("What you'll do\n- Build Kafka pipelines\n\nRequirements\n- Python\n- Spark a plus"),
    ).toEqual(['Python', 'Spark']);
  });

  test('a tech stack section gives skills but no requirements', () => {
    const extraction = extractPosting({
      description: 'Tech stack\nKubernetes, Terraform, Go, OpenTelemetry',
      sourceFormat: 'text',
    });
    expect(extraction).toMatchObject({
      requirements: [],
      skills: ['Kubernetes', 'Terraform', 'Go', 'OpenTelemetry'],
    });
  });

  test('a skills list names its skills as written, sentences in it are requirements', () => {
    const extraction = extractPosting({
      description:
        'Key skills\n- Classroom management, phonics\n- You can write lesson plans for mixed-ability groups.',
      sourceFormat: 'text',
    });
    expect(extraction).toMatchObject({
      requirements: ['You can write lesson plans for mixed-ability groups.'],
      skills: ['Classroom management', 'phonics', 'lesson plans'],
    });
  });

  test('structured skill lists (JSON-LD, JSON Resume) are skills as they stand', () => {
    expect(extract('', { skills: ['Demand planning', 'S&OP'] })).toEqual([
      'Demand planning',
      'S&OP',
    ]);
  });
});

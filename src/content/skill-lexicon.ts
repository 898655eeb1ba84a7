/**
 * Skills, tools and technologies the posting extractor names, across the fields Round Two's
 * candidates come from. Our own selection of common ones, not a standard.
 *
 * One entry per `;`: the name we report first, then other spellings after `|`. A spelling that
 * starts with `!` matches only with that exact capitalisation: "Excel" the program, not "excel"
 * the verb; "Go" the language, not "go".
 */

const software = `
JavaScript|JS; TypeScript; Python; Java; C#|C Sharp; C++; !C; !Go|Golang; !Rust; Ruby; PHP;
Scala; Kotlin; !Swift; Objective-C; Perl; Elixir; Erlang; Haskell; Clojure; Lua; !Dart; MATLAB;
Bash|shell scripting; PowerShell; HTML|HTML5; CSS|CSS3; Sass|SCSS; !React|React.js|ReactJS;
React Native; Redux; Next.js|NextJS; Vue|Vue.js|VueJS; Angular|AngularJS; Svelte; jQuery;
Node.js|NodeJS|!Node; !Express|Express.js; Django; !Flask; FastAPI;
Spring Boot|!Spring; .NET|dotnet|ASP.NET|.NET Core; Ruby on Rails|!Rails; Laravel; iOS; Android;
SwiftUI; Flutter; Tailwind CSS|Tailwind; webpack; !Vite; Jest; Cypress; !Playwright;
Selenium; GraphQL; !REST|RESTful|REST APIs|REST API; gRPC; WebSockets; SQL; NoSQL; MySQL;
PostgreSQL|Postgres; SQLite; MongoDB|Mongo; Redis; Elasticsearch|ElasticSearch; DynamoDB;
Cassandra; Kafka|Apache Kafka; RabbitMQ; AWS|Amazon Web Services; Azure|Microsoft Azure;
GCP|Google Cloud|Google Cloud Platform; AWS Lambda|!Lambda; !S3; EC2; CloudFormation;
Docker; Kubernetes|K8s; !Helm; Terraform; Ansible; Jenkins; CircleCI; GitHub Actions; Git; GitHub;
GitLab; Bitbucket; CI/CD|CI / CD|continuous integration|!CI; code review; Linux; Unix; Nginx; serverless;
microservices|micro-services; SRE|site reliability engineering; DevOps; distributed systems; system design; API design; unit testing;
test automation|automated testing; TDD|test-driven development; Datadog; Prometheus; Grafana;
Splunk; New Relic; !Sentry; OAuth; cybersecurity|cyber security; penetration testing; SIEM;
SOC 2; PCI DSS; Figma; Storybook; Testing Library; !Sketch; UX design|UX|user experience design; UI design; wireframing;
prototyping; design systems|design system; accessibility|WCAG; user research; !Agile|agile methodologies|agile development;
Scrum; Kanban; Jira|JIRA; Confluence; !Unity; Unreal Engine; AutoCAD|CAD; SolidWorks;
Revit; ArcGIS|GIS; Verilog; VHDL; FPGA; embedded systems; LLMs|large language models;
generative AI|GenAI; computer vision; MLOps; observability; performance tuning; Kinesis|Amazon Kinesis;
FHIR; HL7
`;

const data = `
!R; !SAS; SPSS; Stata; pandas; NumPy; scikit-learn|sklearn; TensorFlow; PyTorch;
!Spark|Apache Spark|PySpark; Hadoop; !Hive; Databricks; !Snowflake;
BigQuery; Redshift; Airflow|Apache Airflow; !dbt; Fivetran; ETL|ELT|ETL pipelines;
data modeling|data modelling; data visualization|data visualisation; data analysis|data analytics;
data engineering; data warehousing|data warehouse; statistics|statistical analysis|statistical modeling;
machine learning|!ML; deep learning; NLP|natural language processing; A/B testing|AB testing|A/B tests;
Tableau; Power BI|PowerBI; Looker; Looker Studio|Google Data Studio|Data Studio;
Qlik|QlikView|Qlik Sense; Metabase; Alteryx; Jupyter|Jupyter notebooks; !Excel|Microsoft Excel|MS Excel;
pivot tables; VLOOKUP|XLOOKUP; Power Query; DAX; VBA; T-SQL; PL/SQL; SSIS; SSRS;
Google Analytics|GA4; Mixpanel; !Amplitude; !Segment; predictive modeling|predictive modelling;
`;

const health = `
BLS|Basic Life Support; ACLS|Advanced Cardiac Life Support; !PALS;
NRP|Neonatal Resuscitation; CPR; !Epic|Epic EHR; Cerner; Meditech;
EHR|EMR|electronic health records|electronic health record|electronic medical records;
IV therapy|IV insertion|IV starts|IV medications; wound care; medication administration;
patient assessment|patient assessments; telemetry; triage; phlebotomy; care planning|care plans;
infection control; patient education; vital signs; HIPAA; charting|clinical documentation;
dementia care; memory care; long-term care|long term care; home health; palliative care; case management; medical terminology; ICD-10; CPT coding;
medical billing; CCRN; PointClickCare; Veeva|Veeva CRM
`;

const business = `
Salesforce|SFDC; HubSpot; Marketo; Pardot; Mailchimp; !Outreach|Outreach.io; Salesloft; !Gong;
ZoomInfo; LinkedIn Sales Navigator|Sales Navigator; CRM|CRM software|CRM systems; ERP|ERP systems;
cold calling|cold-calling; prospecting; lead generation; account management; pipeline management;
negotiation|negotiating; consultative selling|solution selling; MEDDIC|MEDDPICC|MEDDICC; SPIN selling;
B2B sales|business-to-business sales|B2B SaaS sales; pharmaceutical sales; medical device sales; territory management; sales forecasting; contract negotiation; upselling|cross-selling;
GAAP|US GAAP; IFRS|IFRS 9; credit risk; financial modeling|financial modelling; financial analysis; financial reporting;
budgeting; forecasting; variance analysis; account reconciliation|reconciliations|bank reconciliations;
accounts payable; accounts receivable; general ledger; month-end close|month end close;
internal audit|external audit|auditing; payroll; QuickBooks; NetSuite; SAP; Oracle|Oracle Financials;
Xero; !Sage; Hyperion; Anaplan; Bloomberg Terminal|!Bloomberg; valuation; DCF|discounted cash flow;
SOX|Sarbanes-Oxley; FP&A; risk management; credit analysis; underwriting; KYC; AML|anti-money laundering;
!Lean|Lean manufacturing; Six Sigma|Lean Six Sigma; Kaizen; 5S; supply chain management|supply chain; Incoterms;
inventory management|inventory control|inventory planning; demand planning; procurement|purchasing; vendor management|supplier management;
WMS|warehouse management system|warehouse management systems; TMS|transportation management system;
forklift|forklift operation|forklifts; pallet jack; RF scanner|RF scanners|RF scanning; OSHA;
CDL|commercial driver's license; route planning|route optimization|route optimisation;
freight; customs clearance; shipping and receiving; cycle counting|cycle counts; root cause analysis;
process improvement|continuous improvement; project management; change management; ISO 9001; HACCP;
quality control; quality assurance|!QA; S&OP; Microsoft Dynamics|!Dynamics|Dynamics 365
`;

const marketing = `
SEO|search engine optimization|search engine optimisation; SEM; PPC|pay-per-click; Google Ads|AdWords;
Meta Ads|Facebook Ads; Google Tag Manager|!GTM; content marketing; copywriting; content strategy;
social media marketing|social media; email marketing; marketing automation; brand management; brand marketing;
campaign management; market research; product marketing; demand generation|demand gen;
growth marketing; WordPress; Webflow; Canva; Adobe Creative Suite|Adobe Creative Cloud;
Photoshop|Adobe Photoshop; !Illustrator|Adobe Illustrator; InDesign; Premiere Pro;
After Effects; Hootsuite; Sprout Social; Semrush|SEMrush; Ahrefs; Hotjar;
public relations|!PR; influencer marketing; affiliate marketing; conversion rate optimization|CRO;
marketing analytics; go-to-market strategy|go-to-market|GTM strategy; Klaviyo; Braze; Iterable; Shopify;
video editing
`;

const education = `
lesson planning|lesson plans; classroom management; differentiated instruction|differentiation;
curriculum development|curriculum design; student assessment|formative assessment;
IEP|IEPs|Individualized Education Program; special education|!SEN|!SEND; Google Classroom;
!Canvas|Canvas LMS; !Blackboard; Moodle; phonics; ESL; !EAL; TESOL; TEFL; CELTA;
behavior management|behaviour management; safeguarding; child development; literacy; numeracy;
project-based learning; SMART Board|Smartboard; Desmos
`;

const service = `
Zendesk; Freshdesk; !Intercom; ServiceNow; Salesforce Service Cloud; ticketing systems|ticketing system;
live chat; de-escalation|deescalation; conflict resolution; customer service; customer support;
technical support; help desk|helpdesk|service desk; troubleshooting; TCP/IP; DHCP; DNS;
VLANs|VLAN; VPN; firewalls; Cisco; Active Directory; Windows Server; customer success; Gainsight; property management system;
Opera PMS|!Opera; Cloudbeds; data entry; Microsoft Office|MS Office|Microsoft 365|Office 365;
Google Workspace|G Suite; Google Sheets; Microsoft Teams|MS Teams; !Slack; Asana; Trello;
!Notion; Monday.com; Airtable; Smartsheet; Zapier; SharePoint; Visio; !Outlook|Microsoft Outlook;
Microsoft Word|MS Word; PowerPoint|Microsoft PowerPoint; Microsoft Access|MS Access;
stakeholder management; time management; problem solving|problem-solving; critical thinking;
communication|communication skills|communicator|communicate effectively; presentation skills|public speaking;
people management|team management|team leadership; relationship building; attention to detail;
product management; Spanish; French; German; Mandarin; Portuguese; Japanese; Arabic; bilingual
`;

/** Every skill: the name to report and the spellings that name it. */
export interface SkillEntry {
  readonly name: string;
  /** Matched in any capitalisation. */
  readonly spellings: readonly string[];
  /** Matched only exactly as written. */
  readonly exactSpellings: readonly string[];
}

function entries(block: string): SkillEntry[] {
  return block
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [first = '', ...others] = entry.split('|').map((spelling) => spelling.trim());
      const all = [first, ...others];
      return {
        name: first.replace(/^!/, ''),
        spellings: all.filter((spelling) => !spelling.startsWith('!')),
        exactSpellings: all.filter((s) => s.startsWith('!')).map((s) => s.slice(1)),
      };
    });
}

export const skillLexicon: readonly SkillEntry[] = [
  software,
  data,
  health,
  business,
  marketing,
  education,
  service,
].flatMap(entries);

/**
 * Capitalised tokens that look like technologies but are not skills: places, degrees, licences,
 * hospital units, job titles, time zones, benefits. The extractor reports other camel-case words
 * ("PostgreSQL") and acronyms ("AWS") in requirements as skills, and skips these.
 */
export const notSkillTokens: ReadonlySet<string> = new Set(
  `US USA UK EU EMEA APAC LATAM NYC LA SF DC HQ BA BS BSc BEng MA MS MSc MEng MBA PhD JD MD DO
  RN LPN LVN CNA NP PA BSN MSN DNP CPA CFA CMA ACCA CIMA PMP SHRM ICU ER OR ED NICU PICU PACU CCU
  HR IT CEO CFO COO CTO CIO CMO VP SVP EVP GM PTO EEO EOE ADA FMLA KPI KPIs OKR OKRs ROI P&L B2B
  B2C SaaS FAQ ASAP AM PM EST PST CST MST GMT CET UTC TBD ID OK NA LLC INC LTD GED STEM K-12 FTE
  WFH OTE YOY CompTIA ADN PHI ARR MVR DOT PRA SMS PE DBS CTE ABC QoQ H1B USD GBP EUR CAD AUD NHS LinkedIn YouTube iPhone iPad DEI AI API APIs
  MUST HAVE AND OR THE NOT ALL ANY YOU OUR WE NEW TOP KEY PLUS ONLY WILL ARE WITH FOR NICE NOTE`.split(
    /\s+/,
  ),
);

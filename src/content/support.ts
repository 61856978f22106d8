// The Support page: where to find a professional, and where to get help if someone is not safe.
// Country numbers are listed only where we are sure of them; each is labelled with its country.

export interface Helpline {
  name: string;
  /** As people write it in that country. */
  number: string;
  /** For the tel: link; digits and a leading + only. */
  dial: string;
  note?: string;
}

export interface CountryHelp {
  country: string;
  lines: readonly Helpline[];
}

export const support = {
  title: 'Support',
  heading: 'Support and safety',
  lead: "You don't have to do this alone. Here's where to find someone to help, and what to do if you or someone else isn't safe.",

  danger: {
    heading: 'If someone is in danger right now',
    body: [
      "Call your local emergency number. Say where you are and what's happening.",
      "If you're thinking about ending your life or hurting yourself, please tell someone now: a crisis line, a doctor, or someone you trust. You deserve support tonight, not only later.",
    ],
  },

  abuse: {
    heading: 'If your partner frightens you',
    body: [
      "If your partner hurts you, threatens you, or controls where you go, who you see, your phone or your money, that is abuse. It isn't a trust problem to work through together, and it isn't your fault.",
      "Couples exercises with someone who is abusive can make things more dangerous. Please reach out to a domestic abuse service instead, on your own, when it's safe to. Most countries have a national helpline. It's free and confidential, and no one there will tell you what to do.",
    ],
  },

  numbersHeading: 'Helplines in some countries',
  numbersIntro:
    "If your country isn't listed, your local emergency number always works. A search for “domestic abuse helpline” and your country's name will find the national service. If someone else can see your phone, search in a private window.",
  countries: [
    {
      country: 'United States',
      lines: [
        { name: 'Emergency', number: '911', dial: '911' },
        {
          name: '988 Suicide & Crisis Lifeline',
          number: '988',
          dial: '988',
          note: 'Call or text.',
        },
        {
          name: 'National Domestic Violence Hotline',
          number: '1-800-799-7233',
          dial: '+18007997233',
        },
      ],
    },
    {
      country: 'United Kingdom',
      lines: [
        { name: 'Emergency', number: '999', dial: '999' },
        {
          name: 'National Domestic Abuse Helpline',
          number: '0808 2000 247',
          dial: '08082000247',
          note: 'Free, day and night.',
        },
        { name: 'Samaritans', number: '116 123', dial: '116123', note: 'Free, day and night.' },
      ],
    },
    {
      country: 'Canada',
      lines: [
        { name: 'Emergency', number: '911', dial: '911' },
        {
          name: '9-8-8 Suicide Crisis Helpline',
          number: '988',
          dial: '988',
          note: 'Call or text.',
        },
      ],
    },
    {
      country: 'Australia',
      lines: [
        { name: 'Emergency', number: '000', dial: '000' },
        {
          name: '1800RESPECT (domestic and sexual violence)',
          number: '1800 737 732',
          dial: '1800737732',
        },
        { name: 'Lifeline', number: '13 11 14', dial: '131114' },
      ],
    },
    {
      country: 'European Union',
      lines: [{ name: 'Emergency, in every EU country', number: '112', dial: '112' }],
    },
  ] as readonly CountryHelp[],

  therapist: {
    heading: 'Finding a therapist or counsellor',
    body: [
      'Look for a couples therapist or relationship counsellor: someone trained to work with two people, ideally with experience of affairs and broken trust.',
      "You can go together, or on your own first. You don't need your partner to agree before you get help for yourself.",
    ],
    howHeading: 'How to look',
    how: [
      'Ask your doctor or local health service for a referral.',
      "Search your country's professional register of therapists or counsellors. Registered people have agreed to a code of practice.",
      'If you have health insurance or an employee support programme, ask what they cover.',
      "Many therapists offer a short first call. It's fine to ask how they work with couples after trust has broken.",
      "If the first person isn't the right fit, it's fine to try someone else. Feeling safe with them matters.",
    ],
    abuseNote:
      'If there is abuse in the relationship, see someone on your own rather than as a couple.',
  },

  strength: {
    heading: 'Asking for help is strength',
    body: [
      "Reaching out doesn't mean you've failed, or that your relationship is over. It means you're taking this seriously.",
      'Time apart can be a good choice too. Taking care of yourself is part of the work, not a break from it.',
    ],
  },

  quickExit: {
    heading: 'Leaving quickly',
    body: [
      'Every page has a Quick exit button at the top. On a keyboard, you can also press Esc three times.',
      "It signs you out on this device, takes you straight to an ordinary website, and clears what Kintsugi kept in this browser. The back button won't bring this page back, and opening Kintsugi again asks for your password.",
      "Your browser may still list this site in its history. A private or incognito window doesn't keep that list.",
    ],
  },
} as const;

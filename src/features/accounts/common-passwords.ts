/**
 * Passwords of 8 or more characters that appear near the top of every published breach
 * corpus. Bundled so the check needs no network call; compared case-insensitively.
 */
const LIST = `
password password1 password12 password123 password1234 passw0rd p@ssword p@ssw0rd pa$$word
12345678 123456789 1234567890 12345678910 0123456789 987654321 9876543210 11111111 111111111
00000000 000000000 88888888 66666666 12121212 11223344 12341234 123123123 123456123 147258369
123qweasd 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y 1qaz2wsx 1qazxsw2 zaq12wsx qwertyuiop qwerty123
qwerty1234 qwertyui qwerty12 qwe123qwe asdfghjkl asdfasdf zxcvbnm1 zxcvbnm123 abcd1234 abc12345
abc123456 abcdefgh abcdefg1 a1b2c3d4 aa123456 aaaaaaaa iloveyou iloveyou1 iloveyou2 iloveu123
sunshine sunshine1 princess princess1 football football1 baseball baseball1 basketball superman
batman123 starwars starwars1 whatever trustno1 letmein1 letmein123 welcome1 welcome123 welcome12
monkey123 dragon123 shadow123 master123 michael1 jennifer charlie1 jordan23 liverpool arsenal1
chelsea1 computer internet samsung1 iphone123 google123 facebook linkedin1 pokemon1 minecraft
butterfly chocolate cookie123 freedom1 fuckyou1 asshole1 hello123 hellohello helloworld
changeme changeme1 changeme123 secret123 mypassword yourpassword 1password administrator admin123
admin1234 root1234 default1 guest123 test1234 testtest qazwsxedc q1w2e3r4 q1w2e3r4t5 1234qwer
qwer1234 asdf1234 zxcv1234 11112222 lovelove loveyou1 mylove123 babygirl babygirl1 sweetheart
princesa jesus123 blessed1 michelle daniel123 jessica1 ashley123 nicole123 matthew1 anthony1
summer123 winter123 spring123 autumn123 december november october1 september august123 january1
loveme123 angel123 forever1 together family123 mother123 father123 husband1 wife1234 marriage
relationship trustme1 trust123 sorry123 forgiveme kintsugi kintsugi1 kintsugi123
`;

export const commonPasswords: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));

export function isCommonPassword(password: string): boolean {
  const lowered = password.toLowerCase();
  if (commonPasswords.has(lowered)) return true;
  // One character repeated, or the email-style pattern "password" plus digits.
  return /^(.)\1+$/.test(password) || /^password\d*!?$/.test(lowered);
}

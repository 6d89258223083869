/** The part of mailauth's DKIM verifier the tests use (the package ships no types). */
declare module 'mailauth/lib/dkim/verify' {
  export interface DkimResult {
    signingDomain: string;
    selector: string;
    status: { result: string; comment?: string };
    signingHeaders: { keys: string; headers: string[] };
  }
  export function dkimVerify(
    input: Buffer | string,
    options: { resolver: (name: string, type: string) => Promise<string[][]> },
  ): Promise<{ results: DkimResult[] }>;
}

export declare const buildInfoFiles: string[];
export declare function bundleIsFresh(cliPackage?: URL): boolean;

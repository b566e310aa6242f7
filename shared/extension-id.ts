/**
 * The extension's public key, fixed so its Chrome ID is the same on every
 * machine: the API's CORS policy can then allow exactly that origin.
 * The matching private key is not needed to load or run the extension.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsbk7olFA9V209AD0+oeOrAWjtFiGb3E+S+RmwqVGyQMoQCBDHIeVQPc9Sgw+b7xPPpV5xMRBxVklZhTlrafzECf6XuIqnj4zRnHg2ZxUMMWJE1v1d0WXIPgnXQJDTzi98k2fIuwUF7zNLgbePuJhfelQb9GhO6qtP4HfJKLkGDJh1yBKVNmZyfb9Y9lTj+2bRu4/qYeO6m4vtuF6stJuglefc2xM09cyuBjm6meSn1lys1pbV5q5crQBYWcDVsMnmn3AHAFg7gyRBM+DafkkqHndgG/0OaEA4F6/HayQ+FOir/1tbYUefzsRtFIA03XEL+W1FStVie8hx9PWZWfzCwIDAQAB';

/** Chrome derives this ID from the key above (a unit test checks it). */
export const CHROME_EXTENSION_ID = 'jhmppdabifpcndpibmkfhljpaeidknco';

/** Firefox identifies the add-on by this ID; its origin is a per-install UUID. */
export const GECKO_EXTENSION_ID = 'seglens@seglens.app';

/** `vnu-jar` exports the path of the Nu checker's jar (as a String object). */
declare module 'vnu-jar' {
  const jar: string;
  export default jar;
}

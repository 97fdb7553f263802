<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar esta mensagem</translation>
    </message>
</context>
<context>
    <name>CallListFetch</name>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>list of call records, page %1</source>
        <extracomment>%1 page number; says what is being fetched</extracomment>
        <translation>lista de registros de chamada, página %1</translation>
    </message>
    <message>
        <source>Microsoft Graph sent list page %1 without a &quot;value&quot; list.</source>
        <extracomment>%1 page number</extracomment>
        <translation>O Microsoft Graph enviou a página %1 da lista sem uma lista &quot;value&quot;.</translation>
    </message>
    <message>
        <source>Microsoft Graph: list of call records, page %1</source>
        <extracomment>%1 page number; names a downloaded document</extracomment>
        <translation>Microsoft Graph: lista de registros de chamada, página %1</translation>
    </message>
    <message numerus="yes">
        <source>page %1 · %Ln call(s)</source>
        <extracomment>%1 page number, %Ln the calls found so far</extracomment>
        <translation>
            <numerusform>página %1 · %Ln chamada</numerusform>
            <numerusform>página %1 · %Ln chamadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallRecord</name>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Teams gateway</source>
        <translation>Gateway do Teams</translation>
    </message>
    <message>
        <source>Conferencing server</source>
        <translation>Servidor de conferência</translation>
    </message>
    <message>
        <source>Application sharing server</source>
        <translation>Servidor de compartilhamento de aplicativos</translation>
    </message>
    <message>
        <source>Call queue</source>
        <translation>Fila de chamadas</translation>
    </message>
    <message>
        <source>Auto attendant</source>
        <translation>Atendedor automático</translation>
    </message>
    <message>
        <source>Mediation server</source>
        <translation>Servidor de Mediação</translation>
    </message>
    <message>
        <source>Mediation server (Cloud Connector)</source>
        <translation>Servidor de Mediação (Cloud Connector)</translation>
    </message>
    <message>
        <source>Exchange Unified Messaging</source>
        <translation>Unificação de Mensagens do Exchange</translation>
    </message>
    <message>
        <source>Media controller</source>
        <translation>Controlador de mídia</translation>
    </message>
    <message>
        <source>Conference announcement service</source>
        <translation>Serviço de anúncios de conferência</translation>
    </message>
    <message>
        <source>Conferencing attendant</source>
        <translation>Atendedor de conferência</translation>
    </message>
    <message>
        <source>Audio conferencing controller</source>
        <translation>Controlador de audioconferência</translation>
    </message>
    <message>
        <source>Unified Communications application</source>
        <translation>Aplicativo de Comunicações Unificadas</translation>
    </message>
    <message>
        <source>Response group announcement service</source>
        <translation>Serviço de anúncios do Grupo de Resposta</translation>
    </message>
    <message>
        <source>PSTN gateway</source>
        <translation>Gateway PSTN</translation>
    </message>
    <message>
        <source>Skype Translator</source>
        <translation>Skype Translator</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>Atendedor</translation>
    </message>
    <message>
        <source>Response group service</source>
        <translation>Serviço de Grupo de Resposta</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Caixa postal</translation>
    </message>
    <message>
        <source>Service (%1)</source>
        <extracomment>%1 is a service role name sent by Microsoft Graph that this version does not know</extracomment>
        <translation>Serviço (%1)</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Convidado</translation>
    </message>
</context>
<context>
    <name>CallRecordFetch</name>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>call record %1</source>
        <extracomment>%1 the call record id (a GUID); says what is being fetched</extracomment>
        <translation>registro de chamada %1</translation>
    </message>
    <message>
        <source>Microsoft Graph answered for call record %1 without a record (no &quot;id&quot;); nothing was opened.</source>
        <extracomment>%1 the call record id (a GUID)</extracomment>
        <translation>O Microsoft Graph respondeu para o registro de chamada %1 sem um registro (sem &quot;id&quot;); nada foi aberto.</translation>
    </message>
    <message>
        <source>Microsoft Graph: call record %1</source>
        <extracomment>%1 the call record id (a GUID); names a downloaded document</extracomment>
        <translation>Microsoft Graph: registro de chamada %1</translation>
    </message>
    <message>
        <source>participants_v2 is not available in the US Government clouds; participants come from the sessions.</source>
        <translation>participants_v2 não está disponível nas nuvens do Governo dos EUA; os participantes vêm das sessões.</translation>
    </message>
    <message>
        <source>sessions page %1</source>
        <extracomment>%1 page number; says what is being fetched</extracomment>
        <translation>página de sessões %1</translation>
    </message>
    <message>
        <source>Microsoft Graph sent sessions page %1 without a &quot;value&quot; list; nothing was opened.</source>
        <extracomment>%1 page number</extracomment>
        <translation>O Microsoft Graph enviou a página de sessões %1 sem uma lista &quot;value&quot;; nada foi aberto.</translation>
    </message>
    <message>
        <source>Microsoft Graph: call record %1, sessions page %2</source>
        <extracomment>%1 the call record id (a GUID), %2 page number; names a downloaded document</extracomment>
        <translation>Microsoft Graph: registro de chamada %1, página de sessões %2</translation>
    </message>
    <message>
        <source>The participants list (participants_v2) could not be fetched; names come from the sessions. %1</source>
        <extracomment>%1 why the participants could not be fetched</extracomment>
        <translation>Não foi possível obter a lista de participantes (participants_v2); os nomes vêm das sessões. %1</translation>
    </message>
    <message>
        <source>participants page %1</source>
        <extracomment>%1 page number; says what is being fetched</extracomment>
        <translation>página de participantes %1</translation>
    </message>
    <message>
        <source>Microsoft Graph sent participants page %1 without a &quot;value&quot; list.</source>
        <extracomment>%1 page number</extracomment>
        <translation>O Microsoft Graph enviou a página de participantes %1 sem uma lista &quot;value&quot;.</translation>
    </message>
    <message>
        <source>Microsoft Graph: call record %1, participants page %2</source>
        <extracomment>%1 the call record id (a GUID), %2 page number; names a downloaded document</extracomment>
        <translation>Microsoft Graph: registro de chamada %1, página de participantes %2</translation>
    </message>
    <message numerus="yes">
        <source>page %1 · %Ln session(s)</source>
        <extracomment>%1 page number, %Ln the sessions fetched so far, e.g. &quot;page 2 · 40 sessions&quot;</extracomment>
        <translation>
            <numerusform>página %1 · %Ln sessão</numerusform>
            <numerusform>página %1 · %Ln sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <extracomment>%Ln the participants fetched so far; added after &quot;page 2 · 40 sessions&quot;</extracomment>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph answered for call record %1 with call record %2; nothing was opened.</source>
        <extracomment>%1 the call record id asked for, %2 the id of the record that came back</extracomment>
        <translation>O Microsoft Graph respondeu pelo registro de chamada %1 com o registro de chamada %2; nada foi aberto.</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sem id)</translation>
    </message>
</context>
<context>
    <name>CallTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chamador</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Modalities / label</source>
        <translation>Modalidades / rótulo</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Jitter ms</translation>
    </message>
    <message>
        <source>RTT ms</source>
        <translation>RTT ms</translation>
    </message>
    <message>
        <source>Loss %</source>
        <translation>Perda %</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Local time; the tooltip of a cell shows UTC</source>
        <translation>Horário local; a dica de ferramenta de uma célula mostra o horário UTC</translation>
    </message>
    <message>
        <source>Average jitter in milliseconds. For a stream its own; above streams, the worst of the streams below.</source>
        <translation>Jitter médio em milissegundos. Para um fluxo, o valor do próprio fluxo; nos níveis acima dos fluxos, o pior dos fluxos abaixo.</translation>
    </message>
    <message>
        <source>Average round-trip time in milliseconds. For a stream its own; above streams, the worst of the streams below.</source>
        <translation>Tempo médio de ida e volta em milissegundos. Para um fluxo, o valor do próprio fluxo; nos níveis acima dos fluxos, o pior dos fluxos abaixo.</translation>
    </message>
    <message>
        <source>Average packet loss in percent. For a stream its own; above streams, the worst of the streams below.</source>
        <translation>Perda média de pacotes em porcentagem. Para um fluxo, o valor do próprio fluxo; nos níveis acima dos fluxos, o pior dos fluxos abaixo.</translation>
    </message>
    <message>
        <source>Verdict with the active threshold profile; above streams, the worst below. F8 / Shift+F8 jump to the next / previous problem.</source>
        <translation>Veredito com o perfil de limites ativo; nos níveis acima dos fluxos, o pior abaixo. F8 / Shift+F8 vão para o próximo problema / problema anterior.</translation>
    </message>
    <message>
        <source>Call record (no id)</source>
        <translation>Registro de chamada (sem ID)</translation>
    </message>
    <message>
        <source>Call %1</source>
        <extracomment>%1 the call record&apos;s id, a GUID such as &quot;2f1a9c3e-5b7d-4e21-9c0a-8d3f6b2e1a47&quot;</extracomment>
        <translation>Chamada %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <extracomment>%1 the session&apos;s number within the call, counting from 1</extracomment>
        <translation>Sessão %1</translation>
    </message>
    <message>
        <source>Session %1 · %2 → %3</source>
        <extracomment>%1 session number, %2 caller, %3 callee</extracomment>
        <translation>Sessão %1 · %2 → %3</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <extracomment>%1 the segment&apos;s number within its session, counting from 1</extracomment>
        <translation>Segmento %1</translation>
    </message>
    <message>
        <source>Media %1</source>
        <extracomment>%1 the media&apos;s number within its segment, counting from 1 (shown when it has no label)</extracomment>
        <translation>Mídia %1</translation>
    </message>
    <message>
        <source>Stream · caller → callee</source>
        <translation>Fluxo · chamador → receptor</translation>
    </message>
    <message>
        <source>Stream · callee → caller</source>
        <translation>Fluxo · receptor → chamador</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <extracomment>%1 the stream&apos;s number within its media, counting from 1</extracomment>
        <translation>Fluxo %1</translation>
    </message>
    <message>
        <source>Organizer: %1</source>
        <extracomment>%1 the organizer&apos;s display name, e.g. &quot;Rita Moura&quot;</extracomment>
        <translation>Organizador: %1</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <extracomment>%1 is a date and time in UTC</extracomment>
        <translation>%1 (UTC)</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Most streams to draw; with more, the worst are shown</source>
        <translation>Número máximo de fluxos a desenhar; se houver mais, serão mostrados os piores</translation>
    </message>
    <message>
        <source>Streams shown, at most:</source>
        <translation>Máximo de fluxos mostrados:</translation>
    </message>
    <message>
        <source>streams of the call</source>
        <translation>fluxos da chamada</translation>
    </message>
    <message>
        <source>streams of session %1</source>
        <extracomment>chart scope; %1 the session number, e.g. &quot;3&quot;</extracomment>
        <translation>fluxos da sessão %1</translation>
    </message>
    <message>
        <source>streams of session %1, segment %2</source>
        <extracomment>chart scope; %1 the session number, e.g. &quot;3&quot;, %2 the segment number in it, e.g. &quot;2&quot;</extracomment>
        <translation>fluxos da sessão %1, segmento %2</translation>
    </message>
    <message>
        <source>streams of %1 in session %2</source>
        <extracomment>chart scope; %1 the media label, e.g. &quot;main-audio&quot;, %2 the session number, e.g. &quot;3&quot;</extracomment>
        <translation>fluxos de %1 na sessão %2</translation>
    </message>
    <message>
        <source>No streams to chart. Select a record, session, segment, media or stream.</source>
        <translation>Nenhum fluxo para exibir nos gráficos. Selecione um registro, sessão, segmento, mídia ou fluxo.</translation>
    </message>
    <message>
        <source>The worst %1 of %2 %3 · profile %4</source>
        <extracomment>%1 streams drawn, e.g. &quot;20&quot;, %2 all streams, %3 the scope (&quot;streams of session 3&quot;), %4 profile</extracomment>
        <translation>Os %1 piores de %2 %3 · perfil %4</translation>
    </message>
    <message>
        <source>%2 %1 · profile %3</source>
        <extracomment>%1 is what is shown (&quot;streams of session 3&quot;), %2 how many, %3 the profile</extracomment>
        <translation>%2 %1 · perfil %3</translation>
    </message>
    <message>
        <source>▶ marks the selected stream</source>
        <translation>▶ indica o fluxo selecionado</translation>
    </message>
    <message>
        <source>%1 %2→%3 %4</source>
        <extracomment>chart label: %1 session number, %2 sender, %3 receiver, %4 media kind abbreviation (&quot;A&quot;, &quot;V&quot;, &quot;SS&quot;)</extracomment>
        <translation>%1 %2→%3 %4</translation>
    </message>
    <message>
        <source>Jitter (ms)</source>
        <translation>Jitter (ms)</translation>
    </message>
    <message>
        <source>Round-trip time (ms)</source>
        <translation>Tempo de ida e volta (ms)</translation>
    </message>
    <message>
        <source>Packet loss (%)</source>
        <translation>Perda de pacotes (%)</translation>
    </message>
    <message>
        <source>average</source>
        <translation>média</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>máximo</translation>
    </message>
    <message>
        <source>poor above %1</source>
        <extracomment>legend of the threshold line; %1 the threshold with its unit, e.g. &quot;30 ms&quot;</extracomment>
        <translation>ruim acima de %1</translation>
    </message>
    <message>
        <source>click to select the stream</source>
        <translation>clique para selecionar o fluxo</translation>
    </message>
    <message>
        <source>A</source>
        <comment>chart label: audio</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>V</source>
        <comment>chart label: video</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>SS</source>
        <comment>chart label: screen sharing</comment>
        <translation>CT</translation>
    </message>
    <message>
        <source>?</source>
        <comment>chart label: other media</comment>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>Good</source>
        <translation>Bom</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Ruim</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Não classificado</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <extracomment>%1 metric, %2 value, %3 condition such as &quot;&gt; 30 ms&quot;, %4 profile name</extracomment>
        <translation>%1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>%1 %2 (poor if %3; %4)</source>
        <extracomment>%1 metric, %2 value, %3 condition such as &quot;&gt; 30 ms&quot;, %4 profile name</extracomment>
        <translation>%1 %2 (ruim se %3; %4)</translation>
    </message>
    <message>
        <source>caller&apos;s</source>
        <translation>do chamador</translation>
    </message>
    <message>
        <source>callee&apos;s</source>
        <translation>do receptor</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>microfone</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>alto-falante</translation>
    </message>
    <message>
        <source>%1 %2 not working for %3 of the call (≥ %4 is a device problem)</source>
        <extracomment>%1 caller&apos;s/callee&apos;s, %2 microphone/speaker, %3 ratio as percent, %4 threshold as percent</extracomment>
        <translation>%2 %1 sem funcionar durante %3 da chamada (≥ %4 indica problema de dispositivo)</translation>
    </message>
    <message>
        <source>%1 (poor if %2)</source>
        <extracomment>%1 metric and value, %2 the poor condition such as &quot;&gt; 30 ms&quot;</extracomment>
        <translation>%1 (ruim se %2)</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; has no rules for %2 streams</source>
        <extracomment>%1 the profile&apos;s name, e.g. &quot;CQD poor stream&quot;; %2 a media kind such as &quot;video&quot;</extracomment>
        <translation>o perfil &quot;%1&quot; não tem regras para fluxos de %2</translation>
    </message>
    <message>
        <source>none of the %1 metrics this profile tests was reported; this usually means the endpoint sent no quality report, the stream was very short, or a muted listener sent too few packets</source>
        <extracomment>%1 a media kind such as &quot;audio&quot;, &quot;video&quot; or &quot;screen sharing&quot;</extracomment>
        <translation>nenhuma das métricas de %1 que este perfil testa foi informada; isso geralmente significa que o ponto de extremidade não enviou relatório de qualidade, que o fluxo foi muito curto ou que um ouvinte com o microfone desativado enviou poucos pacotes</translation>
    </message>
    <message>
        <source>… and more</source>
        <translation>… e outros</translation>
    </message>
</context>
<context>
    <name>ClientCertificate</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a certificate file, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no certificate file given</source>
        <translation>nenhum arquivo de certificado foi informado</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <extracomment>%1 why the certificate file cannot be read, e.g. &quot;Permission denied&quot;</extracomment>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB: not a certificate</source>
        <translation>o arquivo tem mais de 1 MiB: não é um certificado</translation>
    </message>
    <message>
        <source>no certificate found: the file is empty</source>
        <translation>nenhum certificado encontrado: o arquivo está vazio</translation>
    </message>
    <message>
        <source>no certificate found: the certificate is damaged</source>
        <translation>nenhum certificado encontrado: o certificado está danificado</translation>
    </message>
    <message>
        <source>no certificate found</source>
        <translation>nenhum certificado encontrado</translation>
    </message>
    <message>
        <source>no private key found (the PEM must hold the certificate and its private key)</source>
        <translation>nenhuma chave privada encontrada (o PEM deve conter o certificado e a respectiva chave privada)</translation>
    </message>
    <message>
        <source>wrong password or damaged key (the private key is encrypted and no password was given)</source>
        <translation>senha incorreta ou chave danificada (a chave privada está criptografada e nenhuma senha foi informada)</translation>
    </message>
    <message>
        <source>wrong password or damaged key</source>
        <translation>senha incorreta ou chave danificada</translation>
    </message>
    <message>
        <source>no private key found (this is a certificate alone; a PEM holding the certificate and its private key or a PKCS#12 file is needed)</source>
        <translation>nenhuma chave privada encontrada (o arquivo contém apenas um certificado; é necessário um PEM com o certificado e a respectiva chave privada ou um arquivo PKCS#12)</translation>
    </message>
    <message>
        <source>no certificate found: this is neither a PEM nor a PKCS#12 file</source>
        <translation>nenhum certificado encontrado: o arquivo não é PEM nem PKCS#12</translation>
    </message>
    <message>
        <source>the PKCS#12 file is protected with an old algorithm that OpenSSL 3 no longer supports (such as RC2); export it again with AES-256</source>
        <translation>o arquivo PKCS#12 está protegido com um algoritmo antigo ao qual o OpenSSL 3 não oferece mais suporte (como RC2); exporte-o novamente com AES-256</translation>
    </message>
    <message>
        <source>no private key found (the PKCS#12 file must hold the certificate and its private key)</source>
        <translation>nenhuma chave privada encontrada (o arquivo PKCS#12 deve conter o certificado e a respectiva chave privada)</translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate</source>
        <translation>a chave privada não pertence ao certificado</translation>
    </message>
    <message>
        <source>the key is not RSA: Microsoft Entra needs an RSA key</source>
        <translation>a chave não é RSA: o Microsoft Entra exige uma chave RSA</translation>
    </message>
    <message>
        <source>cannot compute the thumbprint of the certificate</source>
        <translation>não é possível calcular a impressão digital do certificado</translation>
    </message>
    <message>
        <source>cannot sign the client assertion: %1</source>
        <extracomment>%1 the signing step that failed, e.g. &quot;cannot size the signature&quot;</extracomment>
        <translation>não é possível assinar a asserção do cliente: %1</translation>
    </message>
    <message>
        <source>cannot sign the client assertion: %1: %2</source>
        <extracomment>%1 the signing step that failed, %2 the reason given by OpenSSL</extracomment>
        <translation>não é possível assinar a asserção do cliente: %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memória insuficiente</translation>
    </message>
    <message>
        <source>cannot use the private key</source>
        <translation>não é possível usar a chave privada</translation>
    </message>
    <message>
        <source>cannot select RSASSA-PSS</source>
        <translation>não é possível selecionar RSASSA-PSS</translation>
    </message>
    <message>
        <source>cannot select RSASSA-PKCS1-v1_5</source>
        <translation>não é possível selecionar RSASSA-PKCS1-v1_5</translation>
    </message>
    <message>
        <source>cannot size the signature</source>
        <translation>não é possível determinar o tamanho da assinatura</translation>
    </message>
    <message>
        <source>signing failed</source>
        <translation>falha na assinatura</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Call Record Viewer shows Microsoft Teams call records from Microsoft Graph: sessions, segments, media and streams with their network, device and quality data.</source>
        <translation>O Call Record Viewer mostra registros de chamada do Microsoft Teams obtidos do Microsoft Graph: sessões, segmentos, mídias e fluxos com seus dados de rede, de dispositivo e de qualidade.</translation>
    </message>
    <message>
        <source>Print a plain-text summary of each record to standard output; no window.</source>
        <translation>Imprime na saída padrão um resumo em texto simples de cada registro; sem janela.</translation>
    </message>
    <message>
        <source>Write the records as &lt;format&gt;: png (a picture of the window or of one pane, with a header naming the call), pdf (a ticket report), csv (one row per stream), json (the merged record) or md (a Markdown summary); no window.</source>
        <translation>Grava os registros em &lt;formato&gt;: png (uma imagem da janela ou de um painel, com um cabeçalho que identifica a chamada), pdf (um relatório para o tíquete), csv (uma linha por fluxo), json (o registro mesclado) ou md (um resumo em Markdown); sem janela.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>pane</source>
        <translation>painel</translation>
    </message>
    <message>
        <source>File to write the export to (&quot;-&quot; for standard output).</source>
        <translation>Arquivo em que a exportação será gravada (&quot;-&quot; para a saída padrão).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>caminho</translation>
    </message>
    <message>
        <source>Open the bundled sample record.</source>
        <translation>Abre o registro de exemplo incluído.</translation>
    </message>
    <message>
        <source>Threshold profile for the verdicts: &quot;CQD poor stream&quot; (default), &quot;Teams network targets&quot;, or a JSON file of profiles (its first profile is used).</source>
        <translation>Perfil de limites para os vereditos: &quot;CQD poor stream&quot; (padrão), &quot;Teams network targets&quot; ou um arquivo JSON de perfis (o primeiro perfil do arquivo é usado).</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>nome|arquivo</translation>
    </message>
    <message>
        <source>Fetch the call record with this id from Microsoft Graph (a GUID, or a URL or text containing one). Credentials come from the AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH environment variables, else from the viewer&apos;s settings.</source>
        <translation>Obtém do Microsoft Graph o registro de chamada com este ID (um GUID, ou uma URL ou um texto que contenha um). As credenciais vêm das variáveis de ambiente AZURE_TENANT_ID, AZURE_CLIENT_ID e AZURE_CLIENT_SECRET ou AZURE_CLIENT_CERTIFICATE_PATH; na falta delas, das configurações do visualizador.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Microsoft Graph service (default https://graph.microsoft.com; /v1.0/... is appended). http:// only for this computer.</source>
        <translation>Serviço do Microsoft Graph (padrão: https://graph.microsoft.com; /v1.0/... é acrescentado). http:// somente para este computador.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Sign-in service (default https://login.microsoftonline.com, or AZURE_AUTHORITY_HOST). http:// only for this computer.</source>
        <translation>Serviço de entrada (padrão: https://login.microsoftonline.com ou AZURE_AUTHORITY_HOST). http:// somente para este computador.</translation>
    </message>
    <message>
        <source>List the call records of a participant from Microsoft Graph, one line each: id, start, duration, type, participants.</source>
        <translation>Lista os registros de chamada de um participante no Microsoft Graph, um por linha: ID, início, duração, tipo, participantes.</translation>
    </message>
    <message>
        <source>With --list-calls: the participant&apos;s Microsoft Entra object id.</source>
        <translation>Com --list-calls: o ID de objeto do Microsoft Entra do participante.</translation>
    </message>
    <message>
        <source>With --list-calls: calls that started at or after this ISO 8601 time (UTC unless a zone is given; default 24 hours ago).</source>
        <translation>Com --list-calls: chamadas iniciadas neste horário ISO 8601 ou depois dele (em UTC, a menos que um fuso horário seja informado; padrão: 24 horas atrás).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>horário</translation>
    </message>
    <message>
        <source>With --list-calls: calls that started before this time (default now).</source>
        <translation>Com --list-calls: chamadas iniciadas antes deste horário (padrão: agora).</translation>
    </message>
    <message>
        <source>Replace personal data in the output: names by pseudonyms, and user ids, UPNs, e-mail, IP and MAC addresses, BSSIDs, phone numbers, device names and feedback text masked. The call id and the measurements stay.</source>
        <translation>Substitui os dados pessoais na saída: nomes por pseudônimos; IDs de usuário, UPNs, endereços de e-mail, IP e MAC, BSSIDs, números de telefone, nomes de dispositivos e textos de comentários são mascarados. O ID da chamada e as medições são mantidos.</translation>
    </message>
    <message>
        <source>Saved call records (JSON). Sessions pages given next to their record are merged into it.</source>
        <translation>Registros de chamada salvos (JSON). Páginas de sessões informadas junto com o respectivo registro são mescladas a ele.</translation>
    </message>
    <message>
        <source>--graph-url</source>
        <translation>--graph-url</translation>
    </message>
    <message>
        <source>--authority-url</source>
        <translation>--authority-url</translation>
    </message>
    <message>
        <source>--call-id: no call id (a GUID like e523d2ed-2966-4b6b-925b-754a88034cc5) in &quot;%1&quot;.</source>
        <extracomment>%1 the text given to --call-id, e.g. &quot;https://example.com/no-id-here&quot;</extracomment>
        <translation>--call-id: nenhum ID de chamada (um GUID como e523d2ed-2966-4b6b-925b-754a88034cc5) em &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--redact is used with --export or --summary.</source>
        <translation>--redact só é usado com --export ou --summary.</translation>
    </message>
    <message>
        <source>--list-calls cannot be combined with --summary, --export or --call-id.</source>
        <translation>--list-calls não pode ser combinado com --summary, --export ou --call-id.</translation>
    </message>
    <message>
        <source>--list-calls needs --participant ID (the participant&apos;s Microsoft Entra object id, a GUID).</source>
        <translation>--list-calls requer --participant ID (o ID de objeto do Microsoft Entra do participante, um GUID).</translation>
    </message>
    <message>
        <source>--since and --until take ISO 8601 times such as 2026-11-27T09:00:00Z or 2026-11-27.</source>
        <translation>--since e --until aceitam horários ISO 8601, como 2026-11-27T09:00:00Z ou 2026-11-27.</translation>
    </message>
    <message>
        <source>--since must be before --until.</source>
        <translation>--since deve ser anterior a --until.</translation>
    </message>
    <message>
        <source>--participant, --since and --until are only used with --list-calls.</source>
        <translation>--participant, --since e --until só são usados com --list-calls.</translation>
    </message>
    <message>
        <source>--summary and --export cannot be used together.</source>
        <translation>--summary e --export não podem ser usados juntos.</translation>
    </message>
    <message>
        <source>--view is only used with --export png.</source>
        <translation>--view só é usado com --export png.</translation>
    </message>
    <message>
        <source>--output is only used with --export.</source>
        <translation>--output só é usado com --export.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use one of: %2.</source>
        <extracomment>%1 the format given to --export, e.g. &quot;gif&quot;, %2 the known formats: &quot;png, pdf, csv, json, md&quot;</extracomment>
        <translation>Formato de exportação desconhecido &quot;%1&quot;; use um destes: %2.</translation>
    </message>
    <message>
        <source>--export needs --output PATH (or --output - for standard output).</source>
        <translation>--export requer --output CAMINHO (ou --output - para a saída padrão).</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; use one of: %2.</source>
        <extracomment>%1 the view given to --view, e.g. &quot;map&quot;, %2 the known views, e.g. &quot;window, tree, charts&quot;</extracomment>
        <translation>Painel desconhecido &quot;%1&quot;; use um destes: %2.</translation>
    </message>
    <message>
        <source>No input: give one or more FILEs, --call-id ID or --sample.</source>
        <translation>Nenhuma entrada: informe um ou mais ARQUIVOs, --call-id ID ou --sample.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <extracomment>The positional arguments in the usage line; only the word FILE is translated</extracomment>
        <translation>[ARQUIVO...]</translation>
    </message>
    <message>
        <source>files</source>
        <extracomment>the name of the file arguments in --help</extracomment>
        <translation>arquivos</translation>
    </message>
    <message>
        <source>With --export png: what to render, one of %1 (window is the default).</source>
        <extracomment>%1 the pane names, e.g. &quot;window, tree, inspector, findings, participants, charts, timeline&quot;</extracomment>
        <translation>Com --export png: o que renderizar, um de %1 (window é o padrão).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Stored in the system keychain, never in the settings file.</source>
        <translation>Os segredos são armazenados no chaveiro do sistema, nunca no arquivo de configurações.</translation>
    </message>
    <message>
        <source>No system keychain is available: the secret is kept only until the viewer closes.</source>
        <translation>Nenhum chaveiro do sistema disponível: o segredo é mantido somente até o visualizador ser fechado.</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret: %1</source>
        <extracomment>%1 the keychain&apos;s own error message (from the operating system&apos;s secret store)</extracomment>
        <translation>O chaveiro do sistema se recusou a armazenar o segredo: %1</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>not reported</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a percentage</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <extracomment>%1 a bit rate in megabits per second, e.g. &quot;2.50&quot;</extracomment>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <extracomment>%1 a bit rate in kilobits per second, e.g. &quot;640&quot;</extracomment>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>%1 bps</source>
        <extracomment>%1 a bit rate in bits per second, e.g. 850</extracomment>
        <translation>%1 bps</translation>
    </message>
    <message>
        <source>group call</source>
        <translation>chamada em grupo</translation>
    </message>
    <message>
        <source>peer-to-peer</source>
        <translation>ponto a ponto</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>áudio</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>video-based screen sharing</source>
        <translation>compartilhamento de tela baseado em vídeo</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dados</translation>
    </message>
    <message>
        <source>screen sharing</source>
        <translation>compartilhamento de tela</translation>
    </message>
    <message>
        <source>invalid (ends before it starts)</source>
        <translation>inválida (termina antes de começar)</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <extracomment>%1 the stage as Graph names it (&quot;callSetup&quot;, &quot;midcall&quot;), %2 the reason Graph gives</extracomment>
        <translation>Falhou em %1: %2</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <extracomment>%1 the stage as Graph names it (&quot;callSetup&quot;, &quot;midcall&quot;); no reason was reported</extracomment>
        <translation>Falhou em %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>%1 the reason Graph gives; the stage was not reported</extracomment>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>unnamed caller</source>
        <translation>chamador sem nome</translation>
    </message>
    <message>
        <source>unnamed callee</source>
        <translation>chamado sem nome</translation>
    </message>
</context>
<context>
    <name>DocumentTabs</name>
    <message>
        <source>Unknown call</source>
        <translation>Chamada desconhecida</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemplo</translation>
    </message>
    <message>
        <source> (partial)</source>
        <extracomment>tab title of a record that is incomplete</extracomment>
        <translation> (parcial)</translation>
    </message>
    <message>
        <source>Unknown call id</source>
        <translation>ID de chamada desconhecido</translation>
    </message>
    <message>
        <source>A newer version (%1) of this call is open in another tab.</source>
        <extracomment>%1 the newer record&apos;s version number, e.g. &quot;4&quot;</extracomment>
        <translation>Uma versão mais recente (%1) desta chamada está aberta em outra guia.</translation>
    </message>
    <message>
        <source>Fetched from Microsoft Graph (%1)</source>
        <extracomment>where a tab&apos;s record came from; %1 the Graph service&apos;s address, e.g. https://graph.microsoft.com</extracomment>
        <translation>Obtido do Microsoft Graph (%1)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>There is no record to export.</source>
        <translation>Não há registro para exportar.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Nada foi exportado.</translation>
    </message>
    <message>
        <source>There is no record to save.</source>
        <translation>Não há registro para salvar.</translation>
    </message>
    <message>
        <source>Save call record as JSON</source>
        <translation>Salvar registro de chamada como JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save as JSON</source>
        <translation>Salvar como JSON</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <extracomment>%1 the path of the JSON file written, e.g. &quot;/home/ana/call.json&quot;</extracomment>
        <translation>Salvo em %1.</translation>
    </message>
    <message>
        <source>Open a call record first.</source>
        <translation>Abra um registro de chamada primeiro.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <extracomment>%1 the path of the file exported, e.g. &quot;/home/ana/call.pdf&quot;</extracomment>
        <translation>Exportado para %1.</translation>
    </message>
    <message>
        <source>Redacted picture copied to the clipboard.</source>
        <translation>Imagem anonimizada copiada para a área de transferência.</translation>
    </message>
    <message>
        <source>Picture copied to the clipboard.</source>
        <translation>Imagem copiada para a área de transferência.</translation>
    </message>
    <message>
        <source>Redacted Markdown summary copied to the clipboard.</source>
        <translation>Resumo anonimizado em Markdown copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>Markdown summary copied to the clipboard.</source>
        <translation>Resumo em Markdown copiado para a área de transferência.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Redact personal data</source>
        <translation>&amp;Anonimizar dados pessoais</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>Imagem PNG</translation>
    </message>
    <message>
        <source>PDF ticket report</source>
        <translation>Relatório PDF para tíquete</translation>
    </message>
    <message>
        <source>CSV, one row per stream</source>
        <translation>CSV, uma linha por fluxo</translation>
    </message>
    <message>
        <source>JSON, the merged record</source>
        <translation>JSON, o registro mesclado</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>Resumo em Markdown</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>Janela inteira</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árvore</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspetor</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>Charts (whole call)</source>
        <translation>Gráficos (chamada inteira)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Names become &quot;Participant 1&quot;, &quot;Participant 2&quot;, …; UPNs, e-mail addresses, user, tenant and device ids, IP and MAC addresses, BSSIDs, phone numbers, device names and feedback text are masked. The call id and all measurements stay.</source>
        <translation>Os nomes passam a ser &quot;Participante 1&quot;, &quot;Participante 2&quot;, …; UPNs, endereços de e-mail, IDs de usuário, de locatário e de dispositivo, endereços IP e MAC, BSSIDs, números de telefone, nomes de dispositivo e textos de comentários são mascarados. O ID da chamada e todas as medições são mantidos.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Picture of:</source>
        <translation>&amp;Imagem de:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Arquivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>A picture with a header naming the call, its start, the export time and the threshold profile.</source>
        <translation>Uma imagem com um cabeçalho que identifica a chamada, o horário de início, a hora da exportação e o perfil de limites.</translation>
    </message>
    <message>
        <source>Summary, findings, charts, timeline, worst streams and each participant&apos;s network and devices, with the call id and page number on every page.</source>
        <translation>Resumo, constatações, gráficos, linha do tempo, piores fluxos e a rede e os dispositivos de cada participante, com o ID da chamada e o número da página em todas as páginas.</translation>
    </message>
    <message>
        <source>One row per stream with its metrics and verdict; the same in every language.</source>
        <translation>Uma linha por fluxo, com suas métricas e seu veredito; igual em todos os idiomas.</translation>
    </message>
    <message>
        <source>The whole record as Microsoft Graph sends it, all pages merged.</source>
        <translation>O registro completo como o Microsoft Graph o envia, com todas as páginas mescladas.</translation>
    </message>
    <message>
        <source>Call facts, verdict per leg, findings and the worst streams, ready to paste into a ticket.</source>
        <translation>Dados da chamada, veredito por trecho, constatações e os piores fluxos, prontos para colar em um tíquete.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
</context>
<context>
    <name>ExportImage</name>
    <message>
        <source>Call start not reported</source>
        <translation>Início da chamada não informado</translation>
    </message>
    <message>
        <source>Call start %1 UTC (%2 local time)</source>
        <extracomment>%1 the call&apos;s start in UTC, %2 the same in local time</extracomment>
        <translation>Início da chamada: %1 UTC (%2 no horário local)</translation>
    </message>
    <message>
        <source>Exported %1 UTC · Call Record Viewer %2 · Profile: %3</source>
        <extracomment>%1 export time in UTC, %2 the viewer&apos;s version, %3 threshold profile name</extracomment>
        <translation>Exportado em %1 UTC · Call Record Viewer %2 · Perfil: %3</translation>
    </message>
    <message>
        <source>(no call id)</source>
        <translation>(sem ID de chamada)</translation>
    </message>
    <message>
        <source>Call %1 · %2</source>
        <extracomment>%1 call id, %2 name of the pane, e.g. &quot;Charts&quot;</extracomment>
        <translation>Chamada %1 · %2</translation>
    </message>
    <message>
        <source>Redacted: personal data replaced</source>
        <translation>Anonimizado: dados pessoais substituídos</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Tree</source>
        <translation>Árvore</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>Rendering the %1 failed.</source>
        <extracomment>%1 the title of the pane being exported, e.g. &quot;Charts&quot; or &quot;Timeline&quot;</extracomment>
        <translation>Falha ao renderizar &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot encode the picture: %1</source>
        <extracomment>%1 the reason from the PNG image writer</extracomment>
        <translation>Não é possível codificar a imagem: %1</translation>
    </message>
    <message>
        <source>There is no record to export.</source>
        <translation>Não há registro para exportar.</translation>
    </message>
</context>
<context>
    <name>FindCallsDialog</name>
    <message>
        <source>%1 (UTC)</source>
        <extracomment>tooltip of a call&apos;s start time; %1 is the time in UTC as Microsoft Graph gave it</extracomment>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>a participant count when Microsoft Graph has more participants than it listed; %1 is the count</extracomment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Pe&amp;squisar</translation>
    </message>
    <message>
        <source>&amp;Cancel Search</source>
        <translation>Ca&amp;ncelar pesquisa</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Find Calls</source>
        <translation>Localizar chamadas</translation>
    </message>
    <message>
        <source>Microsoft Entra object id of the user (a GUID), or text that contains it</source>
        <translation>ID de objeto do Microsoft Entra do usuário (um GUID) ou um texto que o contenha</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>a&amp;té</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Participante:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID da chamada</translation>
    </message>
    <message>
        <source>Opens the selected call in a new tab (Enter or double-click).</source>
        <translation>Abre a chamada selecionada em uma nova guia (Enter ou clique duplo).</translation>
    </message>
    <message>
        <source>Enter the participant&apos;s Microsoft Entra object id.</source>
        <translation>Insira o ID de objeto do Microsoft Entra do participante.</translation>
    </message>
    <message>
        <source>No object id found in this text. Paste the user&apos;s Microsoft Entra object id (a GUID).</source>
        <translation>Nenhum ID de objeto encontrado neste texto. Cole o ID de objeto do Microsoft Entra do usuário (um GUID).</translation>
    </message>
    <message>
        <source>The start of the time range must be before its end.</source>
        <translation>O início do intervalo de tempo deve ser anterior ao fim.</translation>
    </message>
    <message>
        <source>The start is too long ago: call records are kept for %1 days.</source>
        <extracomment>%1 is the number of days (30)</extracomment>
        <translation>O início está muito no passado: os registros de chamada são mantidos por %1 dias.</translation>
    </message>
    <message>
        <source>No calls found in this time range.</source>
        <translation>Nenhuma chamada encontrada neste intervalo de tempo.</translation>
    </message>
    <message>
        <source>Object id: %1</source>
        <extracomment>%1 is the participant&apos;s object id (a GUID) found in the text</extracomment>
        <translation>ID de objeto: %1</translation>
    </message>
    <message>
        <source>Call records are kept for %1 days.</source>
        <extracomment>%1 is the number of days (30)</extracomment>
        <translation>Os registros de chamada são mantidos por %1 dias.</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Pesquisa cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <extracomment>the number of calls found, e.g. &quot;12 calls&quot;</extracomment>
        <translation>
            <numerusform>%Ln chamada</numerusform>
            <numerusform>%Ln chamadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>%1&apos;s</source>
        <extracomment>%1 a display name such as &quot;Rita Moura&quot;, or &quot;the caller&quot;; gives the possessive &quot;Rita Moura&apos;s&quot;</extracomment>
        <translation>de %1</translation>
    </message>
    <message>
        <source>band: %1</source>
        <extracomment>%1 the Wi-Fi band as Graph names it, e.g. &quot;frequency50GHz&quot;</extracomment>
        <translation>banda: %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <extracomment>%1 the Wi-Fi channel number, e.g. 36</extracomment>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>signal %1 %</source>
        <extracomment>%1 the Wi-Fi signal strength as a number from 0 to 100, e.g. 42</extracomment>
        <translation>sinal %1%</translation>
    </message>
    <message>
        <source>radio: %1</source>
        <extracomment>%1 the Wi-Fi radio type as Graph names it, e.g. &quot;wifi80211ac&quot;</extracomment>
        <translation>rádio: %1</translation>
    </message>
    <message>
        <source>%1 was on Wi-Fi%2</source>
        <extracomment>%1 a display name such as &quot;Rita Moura&quot;; %2 is empty, &quot; with a weak signal&quot; or &quot; on the 2.4 GHz band&quot;</extracomment>
        <translation>%1 usava Wi-Fi%2</translation>
    </message>
    <message>
        <source> with a weak signal</source>
        <translation> com sinal fraco</translation>
    </message>
    <message>
        <source> on the 2.4 GHz band</source>
        <translation> na banda de 2,4 GHz</translation>
    </message>
    <message>
        <source>Use a wired connection, or move closer to the access point and prefer the 5 GHz band.</source>
        <translation>Use uma conexão cabeada ou aproxime-se do ponto de acesso e dê preferência à banda de 5 GHz.</translation>
    </message>
    <message>
        <source>%1&apos;s media went through a VPN tunnel</source>
        <extracomment>%1 a display name such as &quot;Rita Moura&quot;</extracomment>
        <translation>A mídia de %1 passou por um túnel VPN</translation>
    </message>
    <message>
        <source>connection type: tunnel</source>
        <translation>tipo de conexão: tunnel</translation>
    </message>
    <message>
        <source>Check VPN split tunnelling: Teams media should bypass the VPN.</source>
        <translation>Verifique o túnel dividido da VPN: a mídia do Teams não deve passar pela VPN.</translation>
    </message>
    <message>
        <source>%1 was on a mobile (cellular) network</source>
        <extracomment>%1 a display name such as &quot;Rita Moura&quot;</extracomment>
        <translation>%1 usava uma rede móvel (celular)</translation>
    </message>
    <message>
        <source>connection type: mobile</source>
        <translation>tipo de conexão: mobile</translation>
    </message>
    <message>
        <source>Prefer Wi-Fi or a wired connection for calls when possible.</source>
        <translation>Sempre que possível, prefira Wi-Fi ou uma conexão cabeada para chamadas.</translation>
    </message>
    <message>
        <source>%1&apos;s media used TCP instead of UDP</source>
        <extracomment>%1 a display name such as &quot;Rita Moura&quot;</extracomment>
        <translation>A mídia de %1 usou TCP em vez de UDP</translation>
    </message>
    <message>
        <source>transport: tcp</source>
        <translation>transporte: tcp</translation>
    </message>
    <message>
        <source>Allow UDP 3478-3481 to Microsoft 365 in the firewall; media over TCP suffers from loss and delay.</source>
        <translation>Libere UDP 3478-3481 para o Microsoft 365 no firewall; a mídia por TCP sofre com perda e atraso.</translation>
    </message>
    <message>
        <source>%1&apos;s media was relayed</source>
        <extracomment>%1 a display name such as &quot;Rita Moura&quot;</extracomment>
        <translation>A mídia de %1 passou por um servidor de retransmissão (relay)</translation>
    </message>
    <message>
        <source>relay %1</source>
        <extracomment>%1 the relay&apos;s IP address, e.g. &quot;52.112.0.10&quot;</extracomment>
        <translation>relay %1</translation>
    </message>
    <message>
        <source>Relays are normal behind NAT; if media is often relayed, check that UDP to Microsoft is allowed.</source>
        <translation>O uso de relay é normal atrás de NAT; se a mídia passar por relay com frequência, verifique se o UDP para a Microsoft está liberado.</translation>
    </message>
    <message>
        <source>%1&apos;s network degraded audio for part of the call</source>
        <extracomment>%1 a display name such as &quot;Rita Moura&quot;</extracomment>
        <translation>A rede de %1 degradou o áudio durante parte da chamada</translation>
    </message>
    <message>
        <source>sent audio affected %1 of the time, received audio %2 (Microsoft publishes no threshold for these)</source>
        <extracomment>%1 a percentage of the call time such as &quot;3.5 %&quot;, %2 likewise</extracomment>
        <translation>áudio enviado afetado em %1 do tempo, áudio recebido em %2 (a Microsoft não publica limites para esses valores)</translation>
    </message>
    <message>
        <source>Look for congestion on that network at the time of the call.</source>
        <translation>Verifique se houve congestionamento nessa rede no horário da chamada.</translation>
    </message>
    <message>
        <source>%1 speaker was muted or at zero volume for %2 of the call</source>
        <extracomment>%1 a possessive such as &quot;Rita Moura&apos;s&quot;, %2 a percentage such as &quot;12 %&quot;</extracomment>
        <translation>O alto-falante %1 ficou sem som ou com volume zero durante %2 da chamada</translation>
    </message>
    <message>
        <source>speaker: %1</source>
        <extracomment>%1 the speaker device&apos;s name, e.g. &quot;Speakers (Realtek Audio)&quot;</extracomment>
        <translation>alto-falante: %1</translation>
    </message>
    <message>
        <source>Check the speaker or headset volume and the system mute setting.</source>
        <translation>Verifique o volume do alto-falante ou do fone de ouvido e a configuração de mudo do sistema.</translation>
    </message>
    <message>
        <source>%1 computer was short of CPU for %2 of the call</source>
        <extracomment>%1 a possessive such as &quot;Rita Moura&apos;s&quot;, %2 a percentage such as &quot;12 %&quot;</extracomment>
        <translation>O computador %1 ficou sem CPU suficiente durante %2 da chamada</translation>
    </message>
    <message>
        <source>Microsoft publishes no threshold for this ratio</source>
        <translation>A Microsoft não publica limite para esta proporção</translation>
    </message>
    <message>
        <source>Close other heavy applications during calls.</source>
        <translation>Feche outros aplicativos pesados durante as chamadas.</translation>
    </message>
    <message>
        <source>%1 audio device reported glitches</source>
        <extracomment>%1 a possessive such as &quot;Rita Moura&apos;s&quot;</extracomment>
        <translation>O dispositivo de áudio %1 relatou falhas</translation>
    </message>
    <message>
        <source>microphone %1, speaker %2 glitches per 5 minutes (Microsoft publishes no threshold)</source>
        <extracomment>%1 and %2 glitch counts such as &quot;3&quot;, or &quot;—&quot; when not reported</extracomment>
        <translation>falhas a cada 5 minutos: microfone %1, alto-falante %2 (a Microsoft não publica limite)</translation>
    </message>
    <message>
        <source>If the user heard crackling, update the audio driver or try another headset.</source>
        <translation>Se o usuário ouviu chiados, atualize o driver de áudio ou experimente outro fone de ouvido.</translation>
    </message>
    <message>
        <source>Look the reason up in the Teams admin center&apos;s call analytics for this call.</source>
        <translation>Consulte o motivo na Análise de Chamadas do centro de administração do Teams para esta chamada.</translation>
    </message>
    <message>
        <source>A participant</source>
        <translation>Um participante</translation>
    </message>
    <message>
        <source>%1 rated the call %2</source>
        <extracomment>%1 a display name such as &quot;Rita Moura&quot;, %2 the rating word (&quot;bad&quot;, &quot;poor&quot; or &quot;fair&quot;)</extracomment>
        <translation>%1 avaliou a chamada como %2</translation>
    </message>
    <message>
        <source>%1 rated the call %2: %3</source>
        <extracomment>%1 a display name, %2 the rating word (&quot;poor&quot;), %3 Graph&apos;s tokens, e.g. &quot;Echo, Noisy&quot;</extracomment>
        <translation>%1 avaliou a chamada como %2: %3</translation>
    </message>
    <message>
        <source>comment: “%1”</source>
        <extracomment>%1 the feedback text the user typed</extracomment>
        <translation>comentário: “%1”</translation>
    </message>
    <message>
        <source>Compare with the stream verdicts below: the user&apos;s words say what they noticed.</source>
        <translation>Compare com os vereditos dos fluxos abaixo: as palavras do usuário indicam o que ele percebeu.</translation>
    </message>
    <message>
        <source>%1 microphone was not working for %2 of the call</source>
        <extracomment>%1 a possessive such as &quot;Rita Moura&apos;s&quot;, %2 a percentage such as &quot;12 %&quot;</extracomment>
        <translation>O microfone %1 não funcionou durante %2 da chamada</translation>
    </message>
    <message>
        <source>%1 speaker was not working for %2 of the call</source>
        <extracomment>%1 a possessive such as &quot;Rita Moura&apos;s&quot;, %2 a percentage such as &quot;12 %&quot;</extracomment>
        <translation>O alto-falante %1 não funcionou durante %2 da chamada</translation>
    </message>
    <message>
        <source>device: %1</source>
        <extracomment>%1 the device&apos;s name, e.g. &quot;Microphone (Jabra Evolve 65)&quot;</extracomment>
        <translation>dispositivo: %1</translation>
    </message>
    <message>
        <source>driver: %1</source>
        <extracomment>%1 the audio device&apos;s driver as the endpoint reported it</extracomment>
        <translation>driver: %1</translation>
    </message>
    <message>
        <source>Call Analytics treats %1 or more as a device problem</source>
        <extracomment>%1 the profile&apos;s threshold as a percentage, e.g. &quot;0.50 %&quot;</extracomment>
        <translation>A Análise de Chamadas considera %1 ou mais como problema de dispositivo</translation>
    </message>
    <message>
        <source>Check the headset or microphone connection and update the audio driver.</source>
        <translation>Verifique a conexão do fone de ouvido ou do microfone e atualize o driver de áudio.</translation>
    </message>
    <message>
        <source>%1 %2 (poor if %3)</source>
        <extracomment>%1 metric, %2 value, %3 condition such as &quot;&gt; 1.00&quot;</extracomment>
        <translation>%1 %2 (ruim se %3)</translation>
    </message>
    <message>
        <source>%1 incoming %2 from %3: %4</source>
        <extracomment>%1 receiver&apos;s, %2 media kind, %3 sender, %4 the broken rules</extracomment>
        <translation>Fluxo de %2 de entrada %1 (enviado por %3): %4</translation>
    </message>
    <message>
        <source>session %1, %2, %3 → %4 (profile: %5)</source>
        <extracomment>%1 session number, %2 media label such as &quot;main-audio&quot;, %3 sender, %4 receiver, %5 profile name</extracomment>
        <translation>sessão %1, %2, %3 → %4 (perfil: %5)</translation>
    </message>
    <message>
        <source>the sender (%1) was on Wi-Fi</source>
        <extracomment>%1 the sending participant&apos;s display name, e.g. &quot;Rita Moura&quot;</extracomment>
        <translation>o remetente (%1) usava Wi-Fi</translation>
    </message>
    <message>
        <source>See the network and device notes for %1 and %2 below; the sender&apos;s uplink and the receiver&apos;s downlink both carry this stream.</source>
        <extracomment>%1 the sender&apos;s display name, %2 the receiver&apos;s display name</extracomment>
        <translation>Veja abaixo as observações de rede e de dispositivo de %1 e de %2; tanto o uplink do remetente quanto o downlink do destinatário transportam este fluxo.</translation>
    </message>
    <message>
        <source>No problems found with this profile.</source>
        <translation>Nenhum problema encontrado com este perfil.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <extracomment>%1 the finding&apos;s advice, a sentence such as &quot;Close other heavy applications during calls.&quot;</extracomment>
        <translation>Próxima etapa: %1</translation>
    </message>
    <message>
        <source>… %1 more findings not listed</source>
        <extracomment>%1 the number of further findings left out, e.g. 3</extracomment>
        <translation>… mais %1 constatações não listadas</translation>
    </message>
    <message>
        <source>bad</source>
        <comment>the user&apos;s rating of the call</comment>
        <translation>péssima</translation>
    </message>
    <message>
        <source>poor</source>
        <comment>the user&apos;s rating of the call</comment>
        <translation>ruim</translation>
    </message>
    <message>
        <source>fair</source>
        <comment>the user&apos;s rating of the call</comment>
        <translation>razoável</translation>
    </message>
    <message>
        <source>Session %1 (%2 → %3): %4</source>
        <extracomment>%1 session number, %2 caller, %3 callee (names), %4 what failed and why, e.g. &quot;Failed at callSetup: timeout&quot;</extracomment>
        <translation>Sessão %1 (%2 → %3): %4</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Open a call record (Ctrl+O) or a call by id (Ctrl+L) to see its findings.</source>
        <translation>Abra um registro de chamada (Ctrl+O) ou uma chamada pelo ID (Ctrl+L) para ver as constatações.</translation>
    </message>
    <message>
        <source>No problems found with the profile &quot;%1&quot;.</source>
        <extracomment>%1 the name of the quality profile in use, e.g. &quot;CQD poor stream&quot;</extracomment>
        <translation>Nenhum problema encontrado com o perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Streams without quality reports are unclassified; see the Quality column.</source>
        <translation>Fluxos sem relatórios de qualidade ficam não classificados; consulte a coluna Qualidade.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <extracomment>%1 the suggested action, a full sentence, e.g. &quot;Check the headset or microphone connection.&quot;</extracomment>
        <translation>Próxima etapa: %1</translation>
    </message>
    <message>
        <source>… %1 more findings not listed.</source>
        <extracomment>%1 the number of further findings left out of the list, e.g. &quot;12&quot;</extracomment>
        <translation>… mais %1 constatações não listadas.</translation>
    </message>
</context>
<context>
    <name>GraphController</name>
    <message>
        <source>Reading the client secret from the system keychain…</source>
        <translation>Lendo o segredo do cliente no chaveiro do sistema…</translation>
    </message>
    <message>
        <source>Microsoft Graph access is not set up: %1. Open Settings → Microsoft Graph (the AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET environment variables work too).</source>
        <extracomment>%1 says what is missing, e.g. &quot;the tenant id is not set&quot;</extracomment>
        <translation>O acesso ao Microsoft Graph não está configurado: %1. Abra Configurações → Microsoft Graph (as variáveis de ambiente AZURE_TENANT_ID, AZURE_CLIENT_ID e AZURE_CLIENT_SECRET também funcionam).</translation>
    </message>
    <message>
        <source>Fetching call %1 from Microsoft Graph: %2</source>
        <extracomment>%1 call id, %2 progress such as &quot;page 4 · 240 sessions&quot;</extracomment>
        <translation>Buscando a chamada %1 no Microsoft Graph: %2</translation>
    </message>
    <message>
        <source>AZURE_* environment variables are set: they override these fields while the viewer runs.</source>
        <translation>Há variáveis de ambiente AZURE_* definidas: elas substituem estes campos enquanto o visualizador estiver em execução.</translation>
    </message>
    <message>
        <source>This run uses the URLs given on the command line (%1, %2); they are not saved here.</source>
        <extracomment>%1 and %2 are URLs given on the command line</extracomment>
        <translation>Esta execução usa as URLs informadas na linha de comando (%1, %2); elas não são salvas aqui.</translation>
    </message>
    <message>
        <source>default Graph URL</source>
        <translation>URL padrão do Graph</translation>
    </message>
    <message>
        <source>default sign-in URL</source>
        <translation>URL de entrada padrão</translation>
    </message>
    <message>
        <source>Signed in: %1 issued a token for %2. Whether the app may read call records shows on the first fetch (it needs CallRecords.Read.All).</source>
        <extracomment>%1 the sign-in URL, %2 the Graph scope</extracomment>
        <translation>Entrada bem-sucedida: %1 emitiu um token para %2. Se o aplicativo tem permissão para ler registros de chamada só será possível saber na primeira busca (é necessária a permissão CallRecords.Read.All).</translation>
    </message>
    <message>
        <source>Microsoft Graph access is not set up: %1.</source>
        <extracomment>%1 says what is missing, e.g. &quot;the tenant id is not set&quot;</extracomment>
        <translation>O acesso ao Microsoft Graph não está configurado: %1.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Pesquisa cancelada.</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>(no error code)</source>
        <translation>(sem código de erro)</translation>
    </message>
    <message>
        <source>request-id %1</source>
        <extracomment>%1 is the request id of a Microsoft Graph request</extracomment>
        <translation>request-id %1</translation>
    </message>
    <message>
        <source>client-request-id %1</source>
        <extracomment>%1 is the client-request-id of a Microsoft Graph request (a GUID)</extracomment>
        <translation>client-request-id %1</translation>
    </message>
    <message>
        <source>date %1</source>
        <extracomment>%1 is the date and time of the error as sent by Microsoft Graph, e.g. &quot;2024-05-01T10:00:00&quot;</extracomment>
        <translation>data %1</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <extracomment>%1 is the trace id of a failed sign-in (a GUID), as sent by Microsoft Entra</extracomment>
        <translation>ID de rastreamento %1</translation>
    </message>
    <message>
        <source>correlation id %1</source>
        <extracomment>%1 is the correlation id of a failed sign-in (a GUID), as sent by Microsoft Entra</extracomment>
        <translation>ID de correlação %1</translation>
    </message>
    <message>
        <source>time %1</source>
        <extracomment>%1 is when the sign-in failed, as sent by Microsoft Entra, e.g. &quot;2024-05-01 10:00:00Z&quot;</extracomment>
        <translation>carimbo de data/hora %1</translation>
    </message>
</context>
<context>
    <name>GraphHttp</name>
    <message>
        <source>no complete answer within %1 s from %2</source>
        <extracomment>%1 is a number of seconds, %2 a URL</extracomment>
        <translation>nenhuma resposta completa de %2 em %1 s</translation>
    </message>
    <message>
        <source>the connection to %1 was refused (is the address right, is a proxy or firewall in the way?)</source>
        <extracomment>%1 a URL without its query, e.g. &quot;https://graph.microsoft.com/v1.0/communications/callRecords/…&quot;</extracomment>
        <translation>a conexão com %1 foi recusada (o endereço está correto? há um proxy ou firewall bloqueando?)</translation>
    </message>
    <message>
        <source>the host of %1 was not found (check the URL and the network connection)</source>
        <extracomment>%1 a URL without its query, e.g. &quot;https://login.microsoftonline.com/…/oauth2/v2.0/token&quot;</extracomment>
        <translation>o host de %1 não foi encontrado (verifique a URL e a conexão de rede)</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete</source>
        <extracomment>%1 a URL without its query, e.g. &quot;https://graph.microsoft.com/v1.0/communications/callRecords/…&quot;</extracomment>
        <translation>%1 fechou a conexão antes de concluir a resposta</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed (TLS: %2); certificate errors are never ignored</source>
        <extracomment>%1 a URL without its query, %2 the system&apos;s description of the TLS failure</extracomment>
        <translation>falha na conexão segura com %1 (TLS: %2); erros de certificado nunca são ignorados</translation>
    </message>
    <message>
        <source>no answer from %1: %2</source>
        <extracomment>%1 a URL, %2 the system&apos;s description of the network error</extracomment>
        <translation>nenhuma resposta de %1: %2</translation>
    </message>
    <message>
        <source>the answer from %1 was incomplete: %2</source>
        <extracomment>%1 a URL, %2 the system&apos;s description of the network error</extracomment>
        <translation>a resposta de %1 veio incompleta: %2</translation>
    </message>
    <message>
        <source>the answer from %1 is longer than %2, the limit for one answer; it was cut off</source>
        <extracomment>%1 a URL without its query, %2 a size, e.g. &quot;64 MiB&quot;</extracomment>
        <translation>a resposta de %1 tem mais de %2, o limite para uma resposta; ela foi interrompida</translation>
    </message>
</context>
<context>
    <name>GraphJob</name>
    <message>
        <source>Microsoft Graph did not accept the request (check the call id).</source>
        <translation>O Microsoft Graph não aceitou a solicitação (verifique o ID da chamada).</translation>
    </message>
    <message>
        <source>Microsoft Graph did not accept the access token, also after a new sign-in. Check that the Graph URL belongs to the same cloud as the sign-in URL.</source>
        <translation>O Microsoft Graph não aceitou o token de acesso, nem mesmo após uma nova entrada. Verifique se a URL do Graph pertence à mesma nuvem que a URL de entrada.</translation>
    </message>
    <message>
        <source>The app is not allowed to read call records: it needs the application permission CallRecords.Read.All with admin consent (delegated permissions are not supported).</source>
        <translation>O aplicativo não tem permissão para ler registros de chamada: ele precisa da permissão de aplicativo CallRecords.Read.All com consentimento do administrador (não há suporte para permissões delegadas).</translation>
    </message>
    <message>
        <source>No such call record. Records appear up to 60 minutes after the call ends and are kept for 30 days; check the id and the tenant.</source>
        <translation>Registro de chamada não encontrado. Os registros aparecem até 60 minutos após o fim da chamada e são mantidos por 30 dias; verifique o ID e o locatário.</translation>
    </message>
    <message>
        <source>Microsoft Graph is still throttling the requests after several tries; wait a minute and try again.</source>
        <translation>O Microsoft Graph continua limitando as solicitações após várias tentativas; aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>Microsoft Graph is unavailable or too slow right now, also after several tries; try again later.</source>
        <translation>O Microsoft Graph está indisponível ou lento demais no momento, mesmo após várias tentativas; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Microsoft Graph had an internal error; try again later.</source>
        <translation>O Microsoft Graph teve um erro interno; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent a next-page link that is not a valid URL: %1</source>
        <extracomment>%1 the link as sent (at most 200 characters)</extracomment>
        <translation>O Microsoft Graph enviou um link de próxima página que não é uma URL válida: %1</translation>
    </message>
    <message>
        <source>Refused to follow a next-page link to %1: it is not the Graph service %2, and the access token is only ever sent to the Graph service.</source>
        <extracomment>%1 the host of a link, %2 the configured Graph host</extracomment>
        <translation>O link de próxima página para %1 não foi seguido: ele não aponta para o serviço do Graph %2, e o token de acesso só é enviado ao serviço do Graph.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent the same next-page link twice; stopped to avoid an endless loop (%1).</source>
        <extracomment>%1 the link sent twice, without its query, e.g. &quot;https://graph.microsoft.com/v1.0/…&quot;</extracomment>
        <translation>O Microsoft Graph enviou o mesmo link de próxima página duas vezes; a busca foi interrompida para evitar um loop infinito (%1).</translation>
    </message>
    <message>
        <source>Refused to send the access token to %1: only https:// (or http:// on this computer) is used.</source>
        <extracomment>%1 the refused address (scheme, host, port), e.g. &quot;http://graph.example.com&quot;</extracomment>
        <translation>O token de acesso não foi enviado para %1: somente https:// (ou http:// neste computador) é usado.</translation>
    </message>
    <message>
        <source>Microsoft Graph is throttling requests</source>
        <translation>O Microsoft Graph está limitando as solicitações</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy (HTTP %1)</source>
        <extracomment>%1 the HTTP status code, e.g. 503</extracomment>
        <translation>O Microsoft Graph está ocupado (HTTP %1)</translation>
    </message>
    <message>
        <source>%1; waiting %2 s before try %3 of %4 (%5)</source>
        <extracomment>%1 reason, %2 seconds, %3 and %4 try numbers, %5 what is being fetched</extracomment>
        <translation>%1; aguardando %2 s antes da tentativa %3 de %4 (%5)</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer for %1 that is not valid JSON (at byte %2: %3); nothing was opened.</source>
        <extracomment>%1 what was fetched, %2 byte offset, %3 parser message</extracomment>
        <translation>O Microsoft Graph enviou uma resposta para %1 que não é um JSON válido (no byte %2: %3); nada foi aberto.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer for %1 that is not a JSON object; nothing was opened.</source>
        <extracomment>%1 what was fetched, e.g. &quot;sessions page 2&quot;</extracomment>
        <translation>O Microsoft Graph enviou uma resposta para %1 que não é um objeto JSON; nada foi aberto.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <extracomment>%1 what was fetched, %2 the problem</extracomment>
        <translation>Não foi possível buscar %1: %2</translation>
    </message>
    <message>
        <source>Microsoft Graph answered HTTP %1 for %2</source>
        <extracomment>%1 the HTTP status code, e.g. 404, %2 what was fetched, e.g. &quot;sessions page 2&quot;</extracomment>
        <translation>O Microsoft Graph respondeu HTTP %1 para %2</translation>
    </message>
    <message>
        <source>after %1 tries</source>
        <extracomment>%1 how many tries were made, e.g. 3; follows &quot;Microsoft Graph answered HTTP 503 for …&quot;</extracomment>
        <translation>após %1 tentativas</translation>
    </message>
    <message>
        <source>request-id %1</source>
        <extracomment>%1 the request-id of the failed Microsoft Graph request (a GUID)</extracomment>
        <translation>request-id %1</translation>
    </message>
    <message>
        <source>The access token cannot be sent in a request header; nothing was requested.</source>
        <translation>O token de acesso não pode ir em um cabeçalho de requisição; nada foi requisitado.</translation>
    </message>
    <message>
        <source>Microsoft Graph has more than %1 pages for this fetch, the limit for one fetch; stopped before %2, and nothing was opened.</source>
        <extracomment>%1 the number of requests, e.g. 5000, %2 what would have been fetched next, e.g. &quot;sessions page 5001&quot;</extracomment>
        <translation>O Microsoft Graph tem mais de %1 páginas para esta busca, o limite para uma busca; parou antes de %2, e nada foi aberto.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2; nothing was opened.</source>
        <extracomment>%1 what was fetched, e.g. &quot;sessions page 2&quot;, %2 the problem</extracomment>
        <translation>Não foi possível buscar %1: %2; nada foi aberto.</translation>
    </message>
    <message>
        <source>The answers of Microsoft Graph add up to more than %1, the limit for one fetch; stopped at %2, and nothing was opened.</source>
        <extracomment>%1 a size, e.g. &quot;1 GiB&quot;, %2 what was fetched last, e.g. &quot;sessions page 40&quot;</extracomment>
        <translation>As respostas do Microsoft Graph somam mais de %1, o limite para uma busca; parou em %2, e nada foi aberto.</translation>
    </message>
</context>
<context>
    <name>GraphSession</name>
    <message>
        <source>Microsoft Graph sent a call record that cannot be read: %1</source>
        <extracomment>%1 the loader&apos;s message</extracomment>
        <translation>O Microsoft Graph enviou um registro de chamada que não pode ser lido: %1</translation>
    </message>
    <message>
        <source>No calls found.</source>
        <translation>Nenhuma chamada encontrada.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent a list that cannot be read: %1</source>
        <extracomment>%1 the reason the call records could not be read, from the JSON loader</extracomment>
        <translation>O Microsoft Graph enviou uma lista que não pode ser lida: %1</translation>
    </message>
</context>
<context>
    <name>GraphSettings</name>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>US Government L4 (GCC High)</source>
        <translation>Governo dos EUA L4 (GCC High)</translation>
    </message>
    <message>
        <source>US Government L5 (DoD)</source>
        <translation>Governo dos EUA L5 (DoD)</translation>
    </message>
    <message>
        <source>Custom URLs</source>
        <translation>URLs personalizadas</translation>
    </message>
    <message>
        <source>the tenant id is not set</source>
        <translation>o ID do locatário não está definido</translation>
    </message>
    <message>
        <source>the client (application) id is not set</source>
        <translation>o ID do cliente (aplicativo) não está definido</translation>
    </message>
    <message>
        <source>the client secret is not set</source>
        <translation>o segredo do cliente não está definido</translation>
    </message>
    <message>
        <source>the certificate file is not set</source>
        <translation>o arquivo do certificado não está definido</translation>
    </message>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <extracomment>%1 names the URL, e.g. &quot;Graph URL&quot;</extracomment>
        <translation>%1 não é uma URL válida: %2</translation>
    </message>
    <message>
        <source>%1 must be a plain address without user name, query or fragment: %2</source>
        <extracomment>%1 names the URL, e.g. &quot;Graph URL&quot; or &quot;--graph-url&quot;, %2 the URL as given</extracomment>
        <translation>%1 deve ser um endereço simples, sem nome de usuário, consulta ou fragmento: %2</translation>
    </message>
    <message>
        <source>%1 uses plain http:// with host %2; http is accepted only for this computer (localhost, 127.0.0.1, ::1). Use https://</source>
        <extracomment>%1 names the URL, e.g. &quot;Graph URL&quot; or &quot;--graph-url&quot;, %2 its host, e.g. &quot;graph.example.com&quot;</extracomment>
        <translation>%1 usa http:// simples com o host %2; http só é aceito para este computador (localhost, 127.0.0.1, ::1). Use https://</translation>
    </message>
    <message>
        <source>%1 must start with https:// (http:// only for localhost): %2</source>
        <extracomment>%1 names the URL, e.g. &quot;Graph URL&quot; or &quot;--graph-url&quot;, %2 the URL as given</extracomment>
        <translation>%1 deve começar com https:// (http:// somente para localhost): %2</translation>
    </message>
</context>
<context>
    <name>GraphSettingsDialog</name>
    <message>
        <source>Client &amp;secret</source>
        <translation>&amp;Segredo do cliente</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate</source>
        <translation>Ce&amp;rtificado</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Microsoft Graph Settings</source>
        <translation>Configurações do Microsoft Graph</translation>
    </message>
    <message>
        <source>GUID or domain, e.g. contoso.onmicrosoft.com</source>
        <extracomment>placeholder of the tenant id field</extracomment>
        <translation>GUID ou domínio, por exemplo, contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>GUID of the app registration</source>
        <translation>GUID do registro de aplicativo</translation>
    </message>
    <message>
        <source>PEM or PKCS #12 (.pfx, .p12)</source>
        <translation>PEM ou PKCS #12 (.pfx, .p12)</translation>
    </message>
    <message>
        <source>Only if the key is encrypted</source>
        <translation>Somente se a chave estiver criptografada</translation>
    </message>
    <message>
        <source>PS256 (recommended)</source>
        <translation>PS256 (recomendado)</translation>
    </message>
    <message>
        <source>RS256 (older tenants)</source>
        <translation>RS256 (locatários mais antigos)</translation>
    </message>
    <message>
        <source>How the sign-in request is signed with the certificate&apos;s key.</source>
        <translation>Como a solicitação de entrada é assinada com a chave do certificado.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>Te&amp;nant ID:</source>
        <translation>ID do &amp;locatário:</translation>
    </message>
    <message>
        <source>&amp;Client (application) ID:</source>
        <translation>ID do &amp;cliente (aplicativo):</translation>
    </message>
    <message>
        <source>Credential:</source>
        <translation>Credencial:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Segre&amp;do do cliente:</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>&amp;Arquivo do certificado:</translation>
    </message>
    <message>
        <source>Certificate &amp;password:</source>
        <translation>Se&amp;nha do certificado:</translation>
    </message>
    <message>
        <source>Signat&amp;ure:</source>
        <translation>Assinat&amp;ura:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit after the request timeout, in seconds (keep the leading space if your language uses one)</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for each request to Microsoft Graph.</source>
        <translation>Tempo de espera por cada solicitação ao Microsoft Graph.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Cl&amp;oud:</source>
        <translation>Nu&amp;vem:</translation>
    </message>
    <message>
        <source>&amp;Graph URL:</source>
        <translation>URL do &amp;Graph:</translation>
    </message>
    <message>
        <source>Sign-&amp;in (authority) URL:</source>
        <translation>URL de &amp;entrada (autoridade):</translation>
    </message>
    <message>
        <source>Request ti&amp;meout:</source>
        <translation>Tempo li&amp;mite da solicitação:</translation>
    </message>
    <message>
        <source>Call records need the Microsoft Graph application permission CallRecords.Read.All, with admin consent. Signing in as a user (delegated permissions) is not supported.</source>
        <translation>Os registros de chamada exigem a permissão de aplicativo CallRecords.Read.All do Microsoft Graph, com consentimento do administrador. Não há suporte para entrar como usuário (permissões delegadas).</translation>
    </message>
    <message>
        <source>Signs in with these settings, without saving them.</source>
        <translation>Entra com estas configurações, sem salvá-las.</translation>
    </message>
    <message>
        <source>Graph URL</source>
        <translation>URL do Graph</translation>
    </message>
    <message>
        <source>Sign-in URL</source>
        <translation>URL de entrada</translation>
    </message>
    <message>
        <source>Enter the tenant ID (a GUID, or a domain such as contoso.onmicrosoft.com).</source>
        <translation>Insira o ID do locatário (um GUID ou um domínio como contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>Enter the client (application) ID of the app registration.</source>
        <translation>Insira o ID do cliente (aplicativo) do registro de aplicativo.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>O teste de conexão falhou.</translation>
    </message>
    <message>
        <source>https, or http for a service on this computer (localhost)</source>
        <translation>https, ou http para um serviço neste computador (localhost)</translation>
    </message>
    <message>
        <source>Set by the cloud; choose Custom to change it.</source>
        <translation>Definida pela nuvem; escolha URLs personalizadas para alterá-la.</translation>
    </message>
    <message>
        <source>Choose Certificate</source>
        <translation>Escolher certificado</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12);;All files (*)</source>
        <translation>Certificados (*.pem *.pfx *.p12);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Não é possível gravar na saída padrão.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use &quot;%2&quot; or a JSON file of profiles.</source>
        <extracomment>%1 the --profile value, %2 the built-in profile names joined as: CQD poor stream&quot;, &quot;Teams network targets</extracomment>
        <translation>Perfil desconhecido &quot;%1&quot;: use &quot;%2&quot; ou um arquivo JSON de perfis.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nada a fazer.</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON bruto</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>… (the first %1 KiB of %2 KiB are shown; select a session to see its JSON)</source>
        <extracomment>%1 and %2 are sizes in KiB</extracomment>
        <translation>… (são mostrados os primeiros %1 KiB de %2 KiB; selecione uma sessão para ver o JSON correspondente)</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>the JSON ends before every object and array is closed (is the file truncated?)</source>
        <translation>o JSON termina antes que todos os objetos e matrizes sejam fechados (o arquivo está truncado?)</translation>
    </message>
    <message>
        <source>a string is not closed (is the file truncated?)</source>
        <translation>uma cadeia de caracteres não foi fechada (o arquivo está truncado?)</translation>
    </message>
    <message>
        <source>objects and arrays are nested more than 1024 levels deep</source>
        <translation>objetos e matrizes estão aninhados em mais de 1024 níveis</translation>
    </message>
    <message>
        <source>a string contains an invalid escape sequence or control character</source>
        <translation>uma cadeia de caracteres contém uma sequência de escape inválida ou um caractere de controle</translation>
    </message>
    <message>
        <source>a string contains a control character (such as a tab or line break) that is not escaped</source>
        <translation>uma cadeia de caracteres contém um caractere de controle sem escape (como uma tabulação ou uma quebra de linha)</translation>
    </message>
    <message>
        <source>an invalid literal (expected true, false or null)</source>
        <translation>um literal inválido (esperado: true, false ou null)</translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation>um número inválido</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>o texto não é UTF-8 válido</translation>
    </message>
    <message>
        <source>unexpected character; this is not valid JSON</source>
        <translation>caractere inesperado; isto não é JSON válido</translation>
    </message>
    <message>
        <source>the file contains no JSON value</source>
        <translation>o arquivo não contém nenhum valor JSON</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <extracomment>%1 the English error message of the JSON parser (simdjson)</extracomment>
        <translation>JSON inválido (%1)</translation>
    </message>
    <message>
        <source>a control character (byte 0x%1); JSON allows them only escaped, inside strings</source>
        <extracomment>%1 the byte value as two hex digits, e.g. &quot;0a&quot;</extracomment>
        <translation>um caractere de controle (byte 0x%1); o JSON só permite esses caracteres com escape, dentro de cadeias de caracteres</translation>
    </message>
    <message>
        <source>a trailing comma before a closing bracket; this is not valid JSON</source>
        <translation>uma vírgula sobrando antes de um } ou ] de fechamento; isto não é JSON válido</translation>
    </message>
    <message>
        <source>an unexpected closing bracket (a value is missing or the brackets do not match); this is not valid JSON</source>
        <translation>um } ou ] de fechamento inesperado (falta um valor ou as chaves e colchetes não correspondem); isto não é JSON válido</translation>
    </message>
    <message>
        <source>%1 is not a JSON number (JSON has no NaN or infinities; null marks a missing value)</source>
        <extracomment>%1 is NaN, Infinity or -Infinity as written in the file</extracomment>
        <translation>%1 não é um número JSON (o JSON não tem NaN nem infinitos; null indica um valor não informado)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <extracomment>%1 line number, %2 column number in a file</extracomment>
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <source>is not an array; ignored</source>
        <translation>não é uma matriz; ignorado</translation>
    </message>
    <message>
        <source>holds the text &quot;%1…&quot; instead of an object: the file was saved by PowerShell&apos;s ConvertTo-Json without enough -Depth (use -Depth 20); ignored</source>
        <extracomment>follows a property name; %1 the start of the text (40 characters), e.g. &quot;@{id=…&quot;</extracomment>
        <translation>contém o texto &quot;%1…&quot; em vez de um objeto: o arquivo foi salvo pelo ConvertTo-Json do PowerShell sem um -Depth suficiente (use -Depth 20); ignorado</translation>
    </message>
    <message>
        <source>is not an object; ignored</source>
        <translation>não é um objeto; ignorado</translation>
    </message>
    <message>
        <source>is not text; ignored</source>
        <translation>não é texto; ignorado</translation>
    </message>
    <message>
        <source>is a number out of range; treated as missing</source>
        <translation>é um número fora do intervalo; tratado como não informado</translation>
    </message>
    <message>
        <source>is %1 (not a finite number); treated as missing</source>
        <extracomment>follows a property name; %1 NaN, INF or Infinity as written in the file</extracomment>
        <translation>é %1 (não é um número finito); tratado como não informado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; treated as missing</source>
        <extracomment>follows a property name; %1 the text found (at most 40 characters), e.g. &quot;fast&quot;</extracomment>
        <translation>&quot;%1&quot; não é um número; tratado como não informado</translation>
    </message>
    <message>
        <source>is not a number; treated as missing</source>
        <translation>não é um número; tratado como não informado</translation>
    </message>
    <message>
        <source>is %1, not a whole number in range; treated as missing</source>
        <extracomment>follows a property name; %1 the number found, e.g. 1.5</extracomment>
        <translation>é %1, e não um número inteiro dentro do intervalo; tratado como não informado</translation>
    </message>
    <message>
        <source>is not true or false; treated as missing</source>
        <translation>não é true nem false; tratado como não informado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; treated as missing</source>
        <extracomment>follows a property name; %1 the text found (at most 40 characters), e.g. &quot;yes&quot;</extracomment>
        <translation>&quot;%1&quot; não é true nem false; tratado como não informado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration such as PT0.016S; treated as missing</source>
        <extracomment>follows a property name; %1 the text found (at most 40 characters), e.g. &quot;16 ms&quot;</extracomment>
        <translation>&quot;%1&quot; não é uma duração ISO 8601 como PT0.016S; tratado como não informado</translation>
    </message>
    <message>
        <source>is an object without TotalMilliseconds or Ticks; treated as missing</source>
        <translation>é um objeto sem TotalMilliseconds nem Ticks; tratado como não informado</translation>
    </message>
    <message>
        <source>is an implausibly long duration; treated as missing</source>
        <translation>é uma duração longa demais para ser plausível; tratado como não informado</translation>
    </message>
    <message>
        <source>is not an ISO 8601 duration; treated as missing</source>
        <translation>não é uma duração ISO 8601; tratado como não informado</translation>
    </message>
    <message>
        <source>is not a date and time; treated as missing</source>
        <translation>não é uma data e hora; tratado como não informado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time; treated as missing</source>
        <extracomment>follows a property name; %1 the text found (at most 40 characters), e.g. &quot;yesterday&quot;</extracomment>
        <translation>&quot;%1&quot; não é uma data e hora ISO 8601; tratado como não informado</translation>
    </message>
    <message>
        <source>%1 is not a member of %2; treated as missing</source>
        <extracomment>follows a property name; %1 the number found, e.g. 42, %2 the enumeration, e.g. &quot;modality&quot;</extracomment>
        <translation>%1 não é um membro de %2; tratado como não informado</translation>
    </message>
    <message>
        <source>is not an enumeration member name; treated as missing</source>
        <translation>não é o nome de um membro da enumeração; tratado como não informado</translation>
    </message>
    <message>
        <source>this is a Microsoft Graph error response, not a call record: %1</source>
        <extracomment>%1 the error code sent by Microsoft Graph, e.g. &quot;InvalidAuthenticationToken&quot;, or &quot;(no code)&quot;</extracomment>
        <translation>esta é uma resposta de erro do Microsoft Graph, não um registro de chamada: %1</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sem código)</translation>
    </message>
    <message>
        <source>(request-id %1)</source>
        <extracomment>%1 is the request id of a failed Microsoft Graph request</extracomment>
        <translation>(request-id %1)</translation>
    </message>
    <message>
        <source>this page was fetched for call record %1 but says it belongs to %2</source>
        <extracomment>%1 the call record id the page was fetched for, %2 the id the page names (both GUIDs)</extracomment>
        <translation>esta página foi buscada para o registro de chamada %1, mas indica que pertence a %2</translation>
    </message>
    <message>
        <source>this is a page of participants (participants_v2) without the call record it belongs to; open it together with its record</source>
        <translation>esta é uma página de participantes (participants_v2) sem o registro de chamada ao qual pertence; abra-a junto com o registro</translation>
    </message>
    <message>
        <source>the list in &quot;value&quot; is empty: there is no call record to open</source>
        <translation>a lista em &quot;value&quot; está vazia: não há nenhum registro de chamada para abrir</translation>
    </message>
    <message>
        <source>the list in &quot;value&quot; holds no call records or sessions</source>
        <translation>a lista em &quot;value&quot; não contém registros de chamada nem sessões</translation>
    </message>
    <message>
        <source>this JSON is not a call record: none of its properties (id, sessions, startDateTime, ...) is a call-record property</source>
        <translation>este JSON não é um registro de chamada: ele não tem nenhuma propriedade de registro de chamada (id, sessions, startDateTime, ...)</translation>
    </message>
    <message>
        <source>(it has: %1)</source>
        <extracomment>%1 is a list of JSON property names</extracomment>
        <translation>(propriedades encontradas: %1)</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <extracomment>%1 the first invalid byte as two hex digits, e.g. &quot;e9&quot;</extracomment>
        <translation>o texto não é UTF-8 válido (byte 0x%1); salve o arquivo como UTF-8</translation>
    </message>
    <message>
        <source>the JSON array is empty: there is no call record to open</source>
        <translation>a matriz JSON está vazia: não há nenhum registro de chamada para abrir</translation>
    </message>
    <message>
        <source>the JSON array holds no call records</source>
        <translation>a matriz JSON não contém registros de chamada</translation>
    </message>
    <message>
        <source>this JSON is a single value, not a call record object</source>
        <translation>este JSON é um valor simples, não um objeto de registro de chamada</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>texto inesperado após o fim do valor JSON</translation>
    </message>
    <message>
        <source>… and %1 more warnings not listed</source>
        <extracomment>%1 is a number of warnings not listed</extracomment>
        <translation>… e mais %1 avisos não listados</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a file name, %2 what is wrong with it, e.g. &quot;no such file&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>the file is UTF-32 text; save it as UTF-8</source>
        <translation>o arquivo é texto UTF-32; salve-o como UTF-8</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 text but has an odd number of bytes (truncated?)</source>
        <translation>o arquivo parece ser texto UTF-16, mas tem um número ímpar de bytes (truncado?)</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 text but contains invalid characters</source>
        <translation>o arquivo parece ser texto UTF-16, mas contém caracteres inválidos</translation>
    </message>
    <message>
        <source>the file contains only white space</source>
        <translation>o arquivo contém apenas espaços em branco</translation>
    </message>
    <message>
        <source>this is a ZIP archive, not JSON; extract the call record&apos;s .json file first</source>
        <translation>este é um arquivo ZIP, não JSON; primeiro extraia o arquivo .json do registro de chamada</translation>
    </message>
    <message>
        <source>this is a gzip-compressed file, not JSON; decompress it first</source>
        <translation>este é um arquivo compactado com gzip, não JSON; primeiro descompacte-o</translation>
    </message>
    <message>
        <source>this is an HTML or XML page, not JSON (was an error page or a sign-in page saved instead?)</source>
        <translation>esta é uma página HTML ou XML, não JSON (foi salva uma página de erro ou de entrada em vez do JSON?)</translation>
    </message>
    <message>
        <source>this is binary data, not JSON text</source>
        <translation>estes são dados binários, não texto JSON</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <extracomment>%1 line, %2 column, %3 what is wrong</extracomment>
        <translation>linha %1, coluna %2: %3</translation>
    </message>
    <message>
        <source>Session ids that occur more than once: %1 (all copies are shown)</source>
        <extracomment>%1 the number of session ids that occur more than once</extracomment>
        <translation>IDs de sessão que aparecem mais de uma vez: %1 (todas as cópias são mostradas)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>isto é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>the file is %1 MiB; files over 1 GiB are not opened</source>
        <extracomment>%1 the file size in MiB, e.g. 1500</extracomment>
        <translation>o arquivo tem %1 MiB; arquivos com mais de 1 GiB não são abertos</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <extracomment>%1 the system&apos;s reason, e.g. &quot;Input/output error&quot;
----------
%1 why the file cannot be read, e.g. &quot;Permission denied&quot;</extracomment>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <source>the file became shorter while it was read</source>
        <translation>o arquivo ficou menor enquanto era lido</translation>
    </message>
    <message>
        <source>session %1</source>
        <extracomment>a place in a call record, as in &quot;session 2 › segment 1 › media 1 › stream 2&quot;; %1 a number</extracomment>
        <translation>sessão %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <extracomment>a place in a call record, as in &quot;session 2 › segment 1&quot;; %1 a number</extracomment>
        <translation>segmento %1</translation>
    </message>
    <message>
        <source>media %1</source>
        <extracomment>a place in a call record, as in &quot;segment 1 › media 1&quot;; %1 a number</extracomment>
        <translation>mídia %1</translation>
    </message>
    <message>
        <source>stream %1</source>
        <extracomment>a place in a call record, as in &quot;media 1 › stream 2&quot;; %1 a number</extracomment>
        <translation>fluxo %1</translation>
    </message>
    <message>
        <source>lastModifiedDateTime %1 is before the call started (%2)</source>
        <extracomment>%1 the modification time, %2 the call&apos;s start time, as written in the file</extracomment>
        <translation>lastModifiedDateTime %1 é anterior ao início da chamada (%2)</translation>
    </message>
    <message>
        <source>this is a PSTN call log (rows of getPstnCalls), not a call record; this version does not open phone-call logs</source>
        <translation>este é um log de chamadas PSTN (linhas de getPstnCalls), não um registro de chamada; esta versão não abre logs de chamadas telefônicas</translation>
    </message>
    <message>
        <source>this is a Direct Routing call log (rows of getDirectRoutingCalls), not a call record; this version does not open phone-call logs</source>
        <translation>este é um log de chamadas de Roteamento Direto (linhas de getDirectRoutingCalls), não um registro de chamada; esta versão não abre logs de chamadas telefônicas</translation>
    </message>
    <message>
        <source>this is an SMS log (rows of getSmsLog), not a call record</source>
        <translation>este é um log de SMS (linhas de getSmsLog), não um registro de chamada</translation>
    </message>
    <message>
        <source>this is a log of users blocked from PSTN calling (getPstnBlockedUsersLog), not a call record</source>
        <translation>este é um log de usuários bloqueados para chamadas PSTN (getPstnBlockedUsersLog), não um registro de chamada</translation>
    </message>
    <message>
        <source>this is a PSTN dial-out report (getPstnOnlineMeetingDialoutReport), not a call record</source>
        <translation>este é um relatório de discagem PSTN (getPstnOnlineMeetingDialoutReport), não um registro de chamada</translation>
    </message>
    <message>
        <source>this is a JSON Schema document, not a call record</source>
        <translation>este é um documento JSON Schema, não um registro de chamada</translation>
    </message>
    <message>
        <source>this is a Microsoft Graph change notification, not a call record, and it names no call record</source>
        <translation>esta é uma notificação de alteração do Microsoft Graph, não um registro de chamada, e ela não cita nenhum registro de chamada</translation>
    </message>
    <message>
        <source>this is a Microsoft Graph change notification, not a call record; it announces call record %1: open it from Graph (--call-id %2)</source>
        <extracomment>%1 one or more call record ids (GUIDs), separated by commas; %2 the first of them</extracomment>
        <translation>esta é uma notificação de alteração do Microsoft Graph, não um registro de chamada; ela anuncia o registro de chamada %1: abra-o pelo Graph (--call-id %2)</translation>
    </message>
    <message>
        <source>The list of call records this came from is partial: it continues at %1</source>
        <extracomment>%1 the link to the rest of the list (a URL)</extracomment>
        <translation>A lista de registros de chamada de onde este veio é parcial: ela continua em %1</translation>
    </message>
    <message>
        <source>Call %1 was given more than once (%2); the copies are identical and shown once</source>
        <extracomment>%1 call id, %2 the file names that held identical copies</extracomment>
        <translation>A chamada %1 foi informada mais de uma vez (%2); as cópias são idênticas e aparecem uma só vez</translation>
    </message>
    <message>
        <source>Call %1: version %2 (%3) is shown; the older version %4 (%5) was set aside</source>
        <extracomment>%1 call id, %2 the newer version number, %3 the file it came from, %4 the older version, %5 its file</extracomment>
        <translation>Chamada %1: a versão %2 (%3) é exibida; a versão anterior %4 (%5) foi deixada de lado</translation>
    </message>
    <message>
        <source>Call %1 was given in parts (%2); they are shown as one record</source>
        <extracomment>%1 call id, %2 the file names merged</extracomment>
        <translation>A chamada %1 foi informada em partes (%2); elas aparecem como um único registro</translation>
    </message>
    <message>
        <source>where they disagree (%1), the first is shown</source>
        <extracomment>%1 property names on which the parts disagree</extracomment>
        <translation>onde divergem (%1), a primeira é exibida</translation>
    </message>
    <message>
        <source>the path has a loop of symbolic links</source>
        <translation>o caminho tem um ciclo de links simbólicos</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>uma parte do caminho não é uma pasta</translation>
    </message>
    <message>
        <source>permission denied (to the file, or to a folder on its path)</source>
        <translation>permissão negada (ao arquivo, ou a uma pasta do caminho)</translation>
    </message>
    <message>
        <source>this is a socket or a device, not a file</source>
        <translation>este é um socket ou um dispositivo, não um arquivo</translation>
    </message>
    <message>
        <source>this is a pipe (FIFO), not a file; save the JSON to a file and open that</source>
        <translation>este é um pipe (FIFO), não um arquivo; salve o JSON em um arquivo e abra-o</translation>
    </message>
    <message>
        <source>this is a socket, not a file</source>
        <translation>este é um socket, não um arquivo</translation>
    </message>
    <message>
        <source>this is a device, not a file</source>
        <translation>este é um dispositivo, não um arquivo</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>este não é um arquivo comum</translation>
    </message>
    <message>
        <source>is %1, outside 0 to 1 for a ratio; shown as read</source>
        <extracomment>follows a property name; %1 the number as written, e.g. &quot;7.5&quot;</extracomment>
        <translation>vale %1, fora de 0 a 1 para uma razão; exibido como lido</translation>
    </message>
    <message>
        <source>is %1, outside 0 to 100 for a percentage; shown as read</source>
        <extracomment>follows a property name; %1 the number as written, e.g. &quot;140&quot;</extracomment>
        <translation>vale %1, fora de 0 a 100 para uma porcentagem; exibido como lido</translation>
    </message>
    <message>
        <source>endDateTime %1 is before startDateTime %2; its duration is not shown</source>
        <extracomment>%1 the end time, %2 the start time, both as written in the file</extracomment>
        <translation>endDateTime %1 é anterior a startDateTime %2; a duração não é exibida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone; read as UTC</source>
        <extracomment>follows a property name; %1 the date and time as written</extracomment>
        <translation>&quot;%1&quot; não tem fuso horário; lido como UTC</translation>
    </message>
    <message>
        <source>a string contains an invalid escape sequence (%1); this is not valid JSON</source>
        <extracomment>%1 the escape as written, e.g. &quot;q&quot; or &quot;<byte value="x12"/>G4&quot;</extracomment>
        <translation>uma string contém uma sequência de escape inválida (%1); isto não é JSON válido</translation>
    </message>
    <message>
        <source>this is a page of participants (participants_v2) that does not say which call record it belongs to, and %1 records were opened with it; open it with its record only</source>
        <extracomment>%1 how many call records were opened with it</extracomment>
        <translation>esta é uma página de participantes (participants_v2) que não diz a qual registro de chamada pertence, e %1 registros foram abertos com ela; abra-a somente com o seu registro</translation>
    </message>
    <message>
        <source>there is not enough memory to read it (the computer has too little free, or the process may not use more)</source>
        <translation>não há memória suficiente para lê-lo (o computador tem pouca memória livre, ou o processo não pode usar mais)</translation>
    </message>
    <message>
        <source>the file holds too many objects for its size: reading them would take more than %1 MB of memory (the limit is %2 times the file&apos;s size plus %3 MB); Graph does not write records of empty objects</source>
        <extracomment>%1 megabytes of memory, %2 the multiple of the file&apos;s size, %3 megabytes</extracomment>
        <translation>o arquivo contém objetos demais para o seu tamanho: lê-los ocuparia mais de %1 MB de memória (o limite é %2 vezes o tamanho do arquivo mais %3 MB); o Graph não grava registros de objetos vazios</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation>Inspetor</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Call Record Viewer</source>
        <translation>Call Record Viewer</translation>
    </message>
    <message>
        <source>That node is hidden by the filter.</source>
        <translation>Esse nó está oculto pelo filtro.</translation>
    </message>
    <message>
        <source>Redacted preview</source>
        <translation>Visualização anonimizada</translation>
    </message>
    <message>
        <source>Personal data is replaced everywhere in the window (Ctrl+Shift+R to show it)</source>
        <translation>Os dados pessoais são substituídos em toda a janela (Ctrl+Shift+R para mostrá-los)</translation>
    </message>
    <message>
        <source>Fetch cancelled; nothing was changed.</source>
        <translation>Busca cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>Open a saved call record (Ctrl+O), drop .json files here, or open a call by id from Microsoft Graph (Ctrl+L).</source>
        <translation>Abra um registro de chamada salvo (Ctrl+O), solte arquivos .json aqui ou abra uma chamada do Microsoft Graph pelo ID (Ctrl+L).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open by Call &amp;ID…</source>
        <translation>Abrir por &amp;ID da chamada…</translation>
    </message>
    <message>
        <source>&amp;Find Calls…</source>
        <translation>&amp;Localizar chamadas…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Re&amp;carregar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Salvar como &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Picture, PDF report, CSV, JSON or Markdown for a ticket (Ctrl+E)</source>
        <translation>Imagem, relatório em PDF, CSV, JSON ou Markdown para um tíquete (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Image</source>
        <translation>Copiar &amp;imagem</translation>
    </message>
    <message>
        <source>Copy &amp;Markdown Summary</source>
        <translation>Copiar resumo em &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar carregamento</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Redacted Preview</source>
        <translation>&amp;Visualização anonimizada</translation>
    </message>
    <message>
        <source>Show names as pseudonyms and hide ids, addresses and phone numbers, exactly as a redacted export (Ctrl+Shift+R)</source>
        <translation>Mostrar os nomes como pseudônimos e ocultar IDs, endereços e números de telefone, exatamente como em uma exportação anonimizada (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tíquete</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagem</translation>
    </message>
    <message>
        <source>Copy a picture of the window with the call named on it (Ctrl+Shift+C)</source>
        <translation>Copiar uma imagem da janela com a identificação da chamada (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Load profiles…</source>
        <translation>Carregar perfis…</translation>
    </message>
    <message>
        <source>Add threshold profiles from a JSON file</source>
        <translation>Adicionar perfis de limites de um arquivo JSON</translation>
    </message>
    <message>
        <source>Poor only</source>
        <translation>Somente ruins</translation>
    </message>
    <message>
        <source>Show only poor streams and device problems (Ctrl+P)</source>
        <translation>Mostrar somente fluxos ruins e problemas de dispositivo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Next problem</source>
        <translation>Próximo problema</translation>
    </message>
    <message>
        <source>Select the next poor stream or device problem (F8)</source>
        <translation>Selecionar o próximo fluxo ruim ou problema de dispositivo (F8)</translation>
    </message>
    <message>
        <source>Previous problem</source>
        <translation>Problema anterior</translation>
    </message>
    <message>
        <source>Select the previous poor stream or device problem (Shift+F8)</source>
        <translation>Selecionar o fluxo ruim ou problema de dispositivo anterior (Shift+F8)</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Qualidade</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Open &amp;sample</source>
        <translation>Abrir &amp;exemplo</translation>
    </message>
    <message>
        <source>&amp;About Call Record Viewer</source>
        <translation>&amp;Sobre o Call Record Viewer</translation>
    </message>
    <message>
        <source>No poor streams or device problems with the profile &quot;%1&quot;.</source>
        <extracomment>%1 the name of the quality profile in use, e.g. &quot;CQD poor stream&quot;</extracomment>
        <translation>Nenhum fluxo ruim ou problema de dispositivo com o perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open call records</source>
        <translation>Abrir registros de chamada</translation>
    </message>
    <message>
        <source>Call records (*.json);;All files (*)</source>
        <translation>Registros de chamada (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading call %1…</source>
        <extracomment>%1 the call id, a GUID like e523d2ed-2966-4b6b-925b-754a88034cc5</extracomment>
        <translation>Lendo a chamada %1…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <extracomment>%1 the path of the file being loaded, e.g. &quot;/home/ana/call.json&quot;</extracomment>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>Loading %1 files…</source>
        <extracomment>%1 the number of files being loaded (more than one), e.g. &quot;4&quot;</extracomment>
        <translation>Carregando %1 arquivos…</translation>
    </message>
    <message>
        <source>Loading cancelled; nothing was changed.</source>
        <translation>Carregamento cancelado; nada foi alterado.</translation>
    </message>
    <message>
        <source>The tab was closed before it finished reloading; nothing was opened.</source>
        <translation>A guia foi fechada antes de terminar de recarregar; nada foi aberto.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent call %1 in a form that cannot be read: %2</source>
        <extracomment>%1 call id, %2 the loader&apos;s message</extracomment>
        <translation>O Microsoft Graph enviou a chamada %1 em um formato que não pode ser lido: %2</translation>
    </message>
    <message>
        <source>Records opened: %1.</source>
        <extracomment>%1 is the number of records opened</extracomment>
        <translation>Registros abertos: %1.</translation>
    </message>
    <message>
        <source>%1 — Call Record Viewer</source>
        <extracomment>window title; %1 the call id (a GUID)</extracomment>
        <translation>%1 — Call Record Viewer</translation>
    </message>
    <message>
        <source>About Call Record Viewer</source>
        <translation>Sobre o Call Record Viewer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>%1 is the name of the language the environment (LANGUAGE, LC_ALL, LANG) selects</extracomment>
        <translation>Idioma do sistema (%1)</translation>
    </message>
    <message>
        <source>The language changes the next time Call Record Viewer starts.</source>
        <translation>O idioma muda na próxima vez que o Call Record Viewer for iniciado.</translation>
    </message>
    <message>
        <source>Call Record Viewer %1</source>
        <extracomment>%1 the viewer&apos;s version, e.g. 0.1.0</extracomment>
        <translation>Call Record Viewer %1</translation>
    </message>
    <message>
        <source>Shows Microsoft Teams call records: sessions, segments, media and streams with their network, device and quality data, judged against call-quality thresholds.</source>
        <translation>Mostra registros de chamada do Microsoft Teams: sessões, segmentos, mídia e fluxos com seus dados de rede, dispositivo e qualidade, avaliados segundo limites de qualidade de chamada.</translation>
    </message>
    <message>
        <source>The records come from the Microsoft Graph %1 API, read with the application permission %2, or from JSON files saved from Graph.</source>
        <extracomment>%1 the Graph API&apos;s name and version, %2 the permission&apos;s name; both stay as they are</extracomment>
        <translation>Os registros vêm da API %1 do Microsoft Graph, lidos com a permissão de aplicativo %2, ou de arquivos JSON salvos do Graph.</translation>
    </message>
    <message>
        <source>Runs on Qt %1, built with Qt %2.</source>
        <extracomment>%1 the Qt version the viewer runs with, %2 the Qt version it was built with</extracomment>
        <translation>Executando no Qt %1, compilado com o Qt %2.</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Call Record Viewer authors. Free software under the %1 licence: you may use, copy, change and share it; it comes without any warranty.</source>
        <extracomment>%1 the licence&apos;s name, &quot;MIT&quot;</extracomment>
        <translation>Copyright © 2026 Os autores do Call Record Viewer. Software livre sob a licença %1: você pode usá-lo, copiá-lo, modificá-lo e compartilhá-lo; ele é fornecido sem nenhuma garantia.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>Microsoft &amp;Graph…</source>
        <translation>Microsoft &amp;Graph…</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere except to the Microsoft Graph and sign-in addresses that are configured (Settings → Microsoft Graph, or %1 and %2 on the command line).</source>
        <extracomment>%1 and %2 command-line options, they stay as they are</extracomment>
        <translation>Nada é enviado a lugar algum, exceto aos endereços do Microsoft Graph e de entrada configurados (Configurações → Microsoft Graph, ou %1 e %2 na linha de comando).</translation>
    </message>
    <message>
        <source>Open This Call from Graph</source>
        <extracomment>button on the error strip, next to a message that names the call a change notification announced</extracomment>
        <translation>Abrir esta chamada pelo Graph</translation>
    </message>
    <message>
        <source>Call %1 is open already; nothing changed.</source>
        <extracomment>%1 call id</extracomment>
        <translation>A chamada %1 já está aberta; nada mudou.</translation>
    </message>
    <message>
        <source>Call %1 is open already in a newer version (%2); version %3 was not opened.</source>
        <extracomment>%1 call id, %2 the open (newer) version, %3 the version that was not opened</extracomment>
        <translation>A chamada %1 já está aberta em uma versão mais nova (%2); a versão %3 não foi aberta.</translation>
    </message>
    <message>
        <source>Call %1 was open already; its tab now shows what was just loaded.</source>
        <extracomment>%1 call id</extracomment>
        <translation>A chamada %1 já estava aberta; a aba agora mostra o que acabou de ser carregado.</translation>
    </message>
    <message>
        <source>There is not enough memory to show this call record: the computer has too little free memory, or the viewer may not use more.</source>
        <translation>Não há memória suficiente para mostrar este registro de chamada: o computador tem pouca memória livre, ou o visualizador não pode usar mais.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 UTC · local %2 (%3)</source>
        <extracomment>%1 date and time in UTC, %2 the same in the reader&apos;s local time, %3 the local time&apos;s offset from UTC</extracomment>
        <translation>%1 UTC · hora local %2 (%3)</translation>
    </message>
    <message>
        <source>(call id not reported)</source>
        <translation>(ID da chamada não informado)</translation>
    </message>
    <message>
        <source>Call record %1</source>
        <extracomment>%1 is the call id</extracomment>
        <translation>Registro de chamada %1</translation>
    </message>
    <message>
        <source>Personal data redacted.</source>
        <translation>Dados pessoais anonimizados.</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID da chamada</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <extracomment>%1 the names listed, %2 how many more participants are not named</extracomment>
        <translation>%1 e mais %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 number of participants, %2 their names</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>sessions %1 · segments %2 · media %3 · streams %4</source>
        <extracomment>counts of the nodes below a call record: %1 sessions, %2 segments, %3 media, %4 streams</extracomment>
        <translation>sessões %1 · segmentos %2 · mídias %3 · fluxos %4</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>next sessions page not fetched</source>
        <translation>próxima página de sessões não obtida</translation>
    </message>
    <message>
        <source>next participants page not fetched</source>
        <translation>próxima página de participantes não obtida</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completude</translation>
    </message>
    <message>
        <source>%1 (values that could not be read are shown as —)</source>
        <extracomment>%1 number of warnings from reading the file</extracomment>
        <translation>%1 (os valores que não puderam ser lidos aparecem como —)</translation>
    </message>
    <message>
        <source>Load warnings</source>
        <translation>Avisos de carregamento</translation>
    </message>
    <message>
        <source>Overall verdict: %1</source>
        <extracomment>%1 verdict (Poor, Good, Unclassified)</extracomment>
        <translation>Veredito geral: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>%1 the rule that made the leg poor, e.g. &quot;average jitter 45 ms &gt; 30 ms&quot;, %2 media kind, %3 who sent to whom</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>other problems in this session: %1</source>
        <extracomment>%1 number of further poor streams or device problems in the same session</extracomment>
        <translation>outros problemas nesta sessão: %1</translation>
    </message>
    <message>
        <source>Session %1: %2 → %3 — %4</source>
        <extracomment>%1 session number, %2 caller, %3 callee, %4 verdict and why</extracomment>
        <translation>Sessão %1: %2 → %3 — %4</translation>
    </message>
    <message>
        <source>Session %1: %2 → %3, %4 — %5</source>
        <extracomment>%1 session number, %2 caller, %3 callee, %4 duration, %5 verdict and why</extracomment>
        <translation>Sessão %1: %2 → %3, %4 — %5</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Trechos</translation>
    </message>
    <message>
        <source>No sessions in this record.</source>
        <translation>Nenhuma sessão neste registro.</translation>
    </message>
    <message>
        <source>The %1 legs most likely to matter (poor ones first, worst first), of %2:</source>
        <extracomment>%1 legs listed, %2 legs in the record</extracomment>
        <translation>Os %1 trechos mais relevantes de um total de %2 (primeiro os ruins, começando pelo pior):</translation>
    </message>
    <message>
        <source>… and %1 more sessions (%2 poor)</source>
        <extracomment>%1 sessions not listed, %2 how many of them are poor</extracomment>
        <translation>… e mais %1 sessões (%2 ruins)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>No problems found with this profile.</source>
        <translation>Nenhum problema encontrado com este perfil.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Próxima etapa:</translation>
    </message>
    <message>
        <source>%1 more findings are not listed here; the viewer&apos;s Findings pane has them all.</source>
        <extracomment>%1 number of findings not listed</extracomment>
        <translation>Mais %1 constatações não estão listadas aqui; o painel Constatações do visualizador mostra todas.</translation>
    </message>
    <message>
        <source>Worst streams</source>
        <translation>Piores fluxos</translation>
    </message>
    <message>
        <source>No streams in this record.</source>
        <translation>Nenhum fluxo neste registro.</translation>
    </message>
    <message>
        <source>The %1 worst of %2 streams: poor first, then by how close a value came to its threshold.</source>
        <extracomment>%1 streams listed, %2 streams in the record</extracomment>
        <translation>Os %1 piores fluxos de um total de %2: primeiro os ruins, depois pela proximidade de um valor em relação ao seu limite.</translation>
    </message>
    <message>
        <source>All streams: poor first, then by how close a value came to its threshold.</source>
        <translation>Todos os fluxos: primeiro os ruins, depois pela proximidade de um valor em relação ao seu limite.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direção</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → para</translation>
    </message>
    <message>
        <source>Avg jitter</source>
        <translation>Jitter médio</translation>
    </message>
    <message>
        <source>Avg RTT</source>
        <translation>RTT médio</translation>
    </message>
    <message>
        <source>Avg loss</source>
        <translation>Perda média</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>caller → callee</source>
        <translation>chamador → receptor</translation>
    </message>
    <message>
        <source>callee → caller</source>
        <translation>receptor → chamador</translation>
    </message>
    <message>
        <source>Exported %1 by Call Record Viewer %2 · profile %3</source>
        <extracomment>%1 export time in UTC, %2 the viewer&apos;s version, %3 quality profile name</extracomment>
        <translation>Exportado em %1 pelo Call Record Viewer %2 · perfil %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln stream(s) poor</source>
        <extracomment>%1 poor streams, %Ln streams</extracomment>
        <translation>
            <numerusform>%1 de %Ln fluxo ruim</numerusform>
            <numerusform>%1 de %Ln fluxos ruins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %1 of %Ln session(s)</source>
        <extracomment>%1 poor sessions, %Ln sessions</extracomment>
        <translation>
            <numerusform>em %1 de %Ln sessão</numerusform>
            <numerusform>em %1 de %Ln sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (profile: %3)</source>
        <extracomment>%1 &quot;1 of 2 streams poor&quot;, %2 &quot;in 1 of 1 session&quot;, %3 the quality profile&apos;s name</extracomment>
        <translation>%1, %2 (perfil: %3)</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>nenhum listado</translation>
    </message>
    <message>
        <source>only pages of sessions or participants were loaded, not the record&apos;s own properties</source>
        <translation>só foram carregadas páginas de sessões ou participantes, não as propriedades do próprio registro</translation>
    </message>
</context>
<context>
    <name>OpenCallDialog</name>
    <message>
        <source>Open Call by ID</source>
        <translation>Abrir chamada por ID</translation>
    </message>
    <message>
        <source>&amp;Call id, or a link or text that contains it:</source>
        <translation>&amp;ID da chamada ou um link ou texto que o contenha:</translation>
    </message>
    <message>
        <source>e.g. 2f1a1100-b174-40a0-aba7-0b405e01ed92</source>
        <extracomment>an example call id; keep the GUID as it is</extracomment>
        <translation>ex.: 2f1a1100-b174-40a0-aba7-0b405e01ed92</translation>
    </message>
    <message>
        <source>A call record id (a GUID), or a Microsoft Graph or Teams admin center link that contains one.</source>
        <translation>Um ID de registro de chamada (um GUID) ou um link do Microsoft Graph ou do centro de administração do Teams que contenha um.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Call id: %1</source>
        <extracomment>%1 is the call record id (a GUID) found in the text</extracomment>
        <translation>ID da chamada: %1</translation>
    </message>
    <message>
        <source>No call id found in this text. Paste the call id (a GUID) or a link that contains it.</source>
        <translation>Nenhum ID de chamada encontrado neste texto. Cole o ID da chamada (um GUID) ou um link que o contenha.</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Conferencing service</source>
        <translation>Serviço de conferência</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>organizador</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>external</source>
        <translation>externo</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anônimo</translation>
    </message>
    <message>
        <source>service</source>
        <translation>serviço</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>No streams in this direction.</source>
        <translation>Nenhum fluxo nesta direção.</translation>
    </message>
    <message>
        <source>%1 of %2 streams poor</source>
        <extracomment>%1 poor streams, %2 all streams in this direction</extracomment>
        <translation>%1 de %2 fluxos ruins</translation>
    </message>
    <message>
        <source>id %1</source>
        <extracomment>%1 the person&apos;s id in Microsoft Entra (a GUID) or another directory</extracomment>
        <translation>id %1</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>User principal name, e-mail address or phone number</source>
        <translation>Nome principal de usuário, endereço de e-mail ou número de telefone</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>The worst stream this person received (their downlink): the verdict and the metric that decided it</source>
        <translation>O pior fluxo que esta pessoa recebeu (o downlink dela): o veredito e a métrica que o decidiu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>The worst stream this person sent (their uplink)</source>
        <translation>O pior fluxo que esta pessoa enviou (o uplink dela)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Highest average jitter received</source>
        <translation>Maior jitter médio recebido</translation>
    </message>
    <message>
        <source>Jitter in</source>
        <translation>Jitter entrada</translation>
    </message>
    <message>
        <source>Highest average round-trip time received</source>
        <translation>Maior tempo de ida e volta médio recebido</translation>
    </message>
    <message>
        <source>RTT in</source>
        <translation>RTT entrada</translation>
    </message>
    <message>
        <source>Highest average packet loss received</source>
        <translation>Maior perda de pacotes média recebida</translation>
    </message>
    <message>
        <source>Loss in</source>
        <translation>Perda entrada</translation>
    </message>
    <message>
        <source>Highest average jitter sent</source>
        <translation>Maior jitter médio enviado</translation>
    </message>
    <message>
        <source>Jitter out</source>
        <translation>Jitter saída</translation>
    </message>
    <message>
        <source>Highest average round-trip time sent</source>
        <translation>Maior tempo de ida e volta médio enviado</translation>
    </message>
    <message>
        <source>RTT out</source>
        <translation>RTT saída</translation>
    </message>
    <message>
        <source>Highest average packet loss sent</source>
        <translation>Maior perda de pacotes média enviada</translation>
    </message>
    <message>
        <source>Loss out</source>
        <translation>Perda saída</translation>
    </message>
    <message>
        <source>Device problems: microphone or speaker not working</source>
        <translation>Problemas de dispositivo: microfone ou alto-falante sem funcionar</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The worst rating the person gave the call</source>
        <translation>A pior avaliação que a pessoa deu à chamada</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <extracomment>%Ln people in the call; followed by how many had poor audio or video</extracomment>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a poor stream</source>
        <extracomment>%Ln of the participants had a poor stream (sent or received)</extracomment>
        <translation>
            <numerusform>%Ln com um fluxo ruim</numerusform>
            <numerusform>%Ln com um fluxo ruim</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>%1 UTC (%2 local)</source>
        <extracomment>%1 time in UTC, %2 the same in local time</extracomment>
        <translation>%1 UTC (%2 no horário local)</translation>
    </message>
    <message>
        <source>signal %1 %</source>
        <extracomment>%1 the Wi-Fi signal strength in percent, e.g. &quot;72&quot;; the second % is the percent sign</extracomment>
        <translation>sinal %1%</translation>
    </message>
    <message>
        <source>No problems found with this profile.</source>
        <translation>Nenhum problema encontrado com este perfil.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <extracomment>%1 the suggested action, a full sentence, e.g. &quot;Check the headset or microphone connection.&quot;</extracomment>
        <translation>Próxima etapa: %1</translation>
    </message>
    <message>
        <source>%1 more findings are not listed.</source>
        <extracomment>%1 the number of further findings left out of the report, e.g. &quot;12&quot;</extracomment>
        <translation>Mais %1 constatações não estão listadas.</translation>
    </message>
    <message>
        <source>The record has no media streams.</source>
        <translation>O registro não tem fluxos de mídia.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direção</translation>
    </message>
    <message>
        <source>Avg jitter</source>
        <translation>Jitter médio</translation>
    </message>
    <message>
        <source>Avg round trip</source>
        <translation>Tempo médio de ida e volta</translation>
    </message>
    <message>
        <source>Avg loss</source>
        <translation>Perda média</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The sessions name no participants.</source>
        <translation>As sessões não indicam nenhum participante.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Alto-falante</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Only the first %1 participants are listed.</source>
        <extracomment>%1 the largest number of participants the table lists, &quot;40&quot;</extracomment>
        <translation>Somente os primeiros %1 participantes estão listados.</translation>
    </message>
    <message>
        <source>(no call id)</source>
        <translation>(sem ID de chamada)</translation>
    </message>
    <message>
        <source>Call quality report</source>
        <translation>Relatório de qualidade da chamada</translation>
    </message>
    <message>
        <source>Call %1</source>
        <extracomment>%1 the call id, a GUID like e523d2ed-2966-4b6b-925b-754a88034cc5, or &quot;(no call id)&quot;</extracomment>
        <translation>Chamada %1</translation>
    </message>
    <message>
        <source>personal data redacted</source>
        <translation>dados pessoais anonimizados</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <extracomment>ends the list of participant names; %1 the number of names not listed, e.g. &quot;5&quot;</extracomment>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>ID da chamada</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completude</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>partial: further pages were not fetched; verdicts cover what is here</source>
        <translation>parcial: as páginas seguintes não foram buscadas; os vereditos abrangem apenas o que está aqui</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Veredito:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>Jitter, round-trip time and packet loss</source>
        <translation>Jitter, tempo de ida e volta e perda de pacotes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>The first %1 of %2 sessions; the viewer&apos;s timeline shows them all.</source>
        <extracomment>%1 sessions shown, %2 all sessions</extracomment>
        <translation>As primeiras %1 de %2 sessões; a linha do tempo do visualizador mostra todas.</translation>
    </message>
    <message>
        <source>Worst streams</source>
        <translation>Piores fluxos</translation>
    </message>
    <message>
        <source>Network and devices per participant</source>
        <translation>Rede e dispositivos por participante</translation>
    </message>
    <message>
        <source>Call quality report %1</source>
        <extracomment>PDF document title; %1 the call id, a GUID like e523d2ed-2966-4b6b-925b-754a88034cc5</extracomment>
        <translation>Relatório de qualidade da chamada %1</translation>
    </message>
    <message>
        <source>There is no record to put in the report.</source>
        <translation>Não há nenhum registro para incluir no relatório.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Não foi possível começar a gerar o PDF.</translation>
    </message>
    <message>
        <source>Call Record Viewer · call %1</source>
        <extracomment>page header: %1 call id</extracomment>
        <translation>Call Record Viewer · chamada %1</translation>
    </message>
    <message>
        <source>Personal data redacted</source>
        <translation>Dados pessoais anonimizados</translation>
    </message>
    <message>
        <source>Exported %1 UTC · version %2</source>
        <extracomment>page footer: %1 export time</extracomment>
        <translation>Exportado em %1 UTC · versão %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 page number, %2 page count</extracomment>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Não foi possível concluir o PDF.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln stream(s) poor (profile: %2)</source>
        <extracomment>%1 the number of poor streams, e.g. &quot;3&quot;, %Ln all streams, e.g. &quot;48&quot;, %2 the profile name</extracomment>
        <translation>
            <numerusform>%1 de %Ln fluxo ruim (perfil: %2)</numerusform>
            <numerusform>%1 de %Ln fluxos ruins (perfil: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Load threshold profiles</source>
        <translation>Carregar perfis de limites</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Perfis (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot load profiles</source>
        <translation>Não é possível carregar os perfis</translation>
    </message>
    <message>
        <source>Profile: </source>
        <translation>Perfil: </translation>
    </message>
    <message>
        <source>Threshold profile used for the verdicts</source>
        <translation>Perfil de limites usado para os vereditos</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <extracomment>%1 the name of the quality profile in use, e.g. &quot;CQD poor stream&quot;</extracomment>
        <translation>Perfil: %1</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Parar o carregamento (Esc)</translation>
    </message>
</context>
<context>
    <name>PropertyModel</name>
    <message>
        <source>%1 (fraction of the call)</source>
        <extracomment>%1 is the raw fraction, e.g. 0.0138</extracomment>
        <translation>%1 (fração da chamada)</translation>
    </message>
    <message>
        <source>%1 bits per second</source>
        <extracomment>%1 the exact bit rate as a number, e.g. &quot;2,500,000&quot;</extracomment>
        <translation>%1 bits por segundo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <extracomment>%1 the time as recorded, in ISO 8601 UTC, e.g. &quot;2024-05-02T10:15:30.123Z&quot;</extracomment>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>locatário</translation>
    </message>
    <message>
        <source>endpoint type</source>
        <translation>tipo de ponto de extremidade</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>ponto de extremidade</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>service</source>
        <translation>serviço</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nome do dispositivo</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>Núcleos da CPU</translation>
    </message>
    <message>
        <source>CPU speed</source>
        <translation>Velocidade da CPU</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>%1 · user agent</source>
        <extracomment>%1 is &quot;Caller&quot; or &quot;Callee&quot;</extracomment>
        <translation>%1 · agente do usuário</translation>
    </message>
    <message>
        <source>user agent</source>
        <translation>agente do usuário</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Versão do aplicativo</translation>
    </message>
    <message>
        <source>User-Agent header</source>
        <translation>Cabeçalho User-Agent</translation>
    </message>
    <message>
        <source>Entra application id</source>
        <translation>ID do aplicativo no Entra</translation>
    </message>
    <message>
        <source>Communication Services id</source>
        <translation>ID dos Serviços de Comunicação</translation>
    </message>
    <message>
        <source>%1 · identity</source>
        <extracomment>%1 is &quot;Caller&quot; or &quot;Callee&quot;</extracomment>
        <translation>%1 · identidade</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identidade</translation>
    </message>
    <message>
        <source>%1 · feedback</source>
        <extracomment>%1 is &quot;Caller&quot; or &quot;Callee&quot;</extracomment>
        <translation>%1 · comentários</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>avaliação</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Problems reported</source>
        <translation>Problemas relatados</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>network</source>
        <translation>rede</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sub-rede</translation>
    </message>
    <message>
        <source>Reflexive (public) IP</source>
        <translation>IP reflexivo (público)</translation>
    </message>
    <message>
        <source>Relay IP</source>
        <translation>IP do relay</translation>
    </message>
    <message>
        <source>Relay port</source>
        <translation>Porta do relay</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Link speed</source>
        <translation>Velocidade do link</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Endereço MAC</translation>
    </message>
    <message>
        <source>DNS suffix</source>
        <translation>Sufixo DNS</translation>
    </message>
    <message>
        <source>Wi-Fi BSSID</source>
        <translation>BSSID do Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-Fi band</source>
        <translation>Banda do Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-Fi radio</source>
        <translation>Rádio do Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-Fi channel</source>
        <translation>Canal do Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-Fi signal strength</source>
        <translation>Intensidade do sinal do Wi-Fi</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Battery charge</source>
        <translation>Carga da bateria</translation>
    </message>
    <message>
        <source>Wi-Fi driver</source>
        <translation>Driver do Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-Fi driver version</source>
        <translation>Versão do driver do Wi-Fi</translation>
    </message>
    <message>
        <source>Sent quality events</source>
        <translation>Eventos de qualidade no envio</translation>
    </message>
    <message>
        <source>Received quality events</source>
        <translation>Eventos de qualidade no recebimento</translation>
    </message>
    <message>
        <source>Delay events</source>
        <translation>Eventos de atraso</translation>
    </message>
    <message>
        <source>Low bandwidth events</source>
        <translation>Eventos de largura de banda baixa</translation>
    </message>
    <message>
        <source>Hop %1</source>
        <extracomment>%1 the hop&apos;s number on the route, e.g. 3, or &quot;?&quot; when not reported</extracomment>
        <translation>Salto %1</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>Microphone driver</source>
        <translation>Driver do microfone</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Alto-falante</translation>
    </message>
    <message>
        <source>Speaker driver</source>
        <translation>Driver do alto-falante</translation>
    </message>
    <message>
        <source>Microphone not working</source>
        <translation>Microfone sem funcionar</translation>
    </message>
    <message>
        <source>Speaker not working</source>
        <translation>Alto-falante sem funcionar</translation>
    </message>
    <message>
        <source>CPU insufficient</source>
        <translation>CPU insuficiente</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>Saturação (clipping)</translation>
    </message>
    <message>
        <source>Device glitches</source>
        <translation>Falhas do dispositivo</translation>
    </message>
    <message>
        <source>Low speech level</source>
        <translation>Nível de fala baixo</translation>
    </message>
    <message>
        <source>Low speech-to-noise</source>
        <translation>Relação fala/ruído baixa</translation>
    </message>
    <message>
        <source>Speaker muted</source>
        <translation>Alto-falante sem som</translation>
    </message>
    <message>
        <source>Speaker volume zero</source>
        <translation>Volume do alto-falante zerado</translation>
    </message>
    <message>
        <source>Microphone glitches</source>
        <translation>Falhas do microfone</translation>
    </message>
    <message>
        <source>per 5 min</source>
        <translation>a cada 5 min</translation>
    </message>
    <message>
        <source>Speaker glitches</source>
        <translation>Falhas do alto-falante</translation>
    </message>
    <message>
        <source>Howling events</source>
        <translation>Eventos de microfonia</translation>
    </message>
    <message>
        <source>Initial signal level (RMS)</source>
        <translation>Nível de sinal inicial (RMS)</translation>
    </message>
    <message>
        <source>Received signal level</source>
        <translation>Nível do sinal recebido</translation>
    </message>
    <message>
        <source>Received noise level</source>
        <translation>Nível do ruído recebido</translation>
    </message>
    <message>
        <source>Sent signal level</source>
        <translation>Nível do sinal enviado</translation>
    </message>
    <message>
        <source>Sent noise level</source>
        <translation>Nível do ruído enviado</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Fluxo</translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation>ID do fluxo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direção</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Audio codec</source>
        <translation>Codec de áudio</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>Codec de vídeo</translation>
    </message>
    <message>
        <source>Media bypassed</source>
        <translation>Bypass de mídia</translation>
    </message>
    <message>
        <source>Network metrics</source>
        <translation>Métricas de rede</translation>
    </message>
    <message>
        <source>Average jitter</source>
        <translation>Jitter médio</translation>
    </message>
    <message>
        <source>Maximum jitter</source>
        <translation>Jitter máximo</translation>
    </message>
    <message>
        <source>Average round trip</source>
        <translation>Tempo médio de ida e volta</translation>
    </message>
    <message>
        <source>Maximum round trip</source>
        <translation>Tempo máximo de ida e volta</translation>
    </message>
    <message>
        <source>Average packet loss</source>
        <translation>Perda média de pacotes</translation>
    </message>
    <message>
        <source>Maximum packet loss</source>
        <translation>Perda máxima de pacotes</translation>
    </message>
    <message>
        <source>Bandwidth estimate</source>
        <translation>Largura de banda estimada</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>Audio metrics</source>
        <translation>Métricas de áudio</translation>
    </message>
    <message>
        <source>Audio degradation (NMOS)</source>
        <translation>Degradação de áudio (NMOS)</translation>
    </message>
    <message>
        <source>Concealed samples, average</source>
        <translation>Amostras ocultadas, média</translation>
    </message>
    <message>
        <source>Concealed samples, maximum</source>
        <translation>Amostras ocultadas, máximo</translation>
    </message>
    <message>
        <source>Network jitter, average</source>
        <translation>Jitter de rede, média</translation>
    </message>
    <message>
        <source>Network jitter, maximum</source>
        <translation>Jitter de rede, máximo</translation>
    </message>
    <message>
        <source>Forward error correction used</source>
        <translation>Correção antecipada de erros (FEC) usada</translation>
    </message>
    <message>
        <source>Video metrics</source>
        <translation>Métricas de vídeo</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Taxa de quadros</translation>
    </message>
    <message>
        <source>fps</source>
        <translation>fps</translation>
    </message>
    <message>
        <source>Received frame rate</source>
        <translation>Taxa de quadros recebida</translation>
    </message>
    <message>
        <source>Frame loss</source>
        <translation>Perda de quadros</translation>
    </message>
    <message>
        <source>Video packet loss</source>
        <translation>Perda de pacotes de vídeo</translation>
    </message>
    <message>
        <source>Packet loss after FEC</source>
        <translation>Perda de pacotes após FEC</translation>
    </message>
    <message>
        <source>Time below 7.5 fps</source>
        <translation>Tempo abaixo de 7,5 fps</translation>
    </message>
    <message>
        <source>Time with low processing capability</source>
        <translation>Tempo com baixa capacidade de processamento</translation>
    </message>
    <message>
        <source>Freeze duration, average</source>
        <translation>Duração dos congelamentos, média</translation>
    </message>
    <message>
        <source>Freeze duration, RMS</source>
        <translation>Duração dos congelamentos, RMS</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Outras propriedades</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>ID da chamada</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificação</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <source>Join URL</source>
        <translation>URL de ingresso</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completude</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>sessions only (record properties not loaded)</source>
        <translation>somente sessões (propriedades do registro não carregadas)</translation>
    </message>
    <message>
        <source>incomplete: more pages exist</source>
        <translation>incompleto: há mais páginas</translation>
    </message>
    <message>
        <source>Next sessions page</source>
        <translation>Próxima página de sessões</translation>
    </message>
    <message>
        <source>Next participants page</source>
        <translation>Próxima página de participantes</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <extracomment>%1 the participant&apos;s position in the list, counting from 1</extracomment>
        <translation>Participante %1</translation>
    </message>
    <message>
        <source>Warnings while loading</source>
        <translation>Avisos durante o carregamento</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Media kind</source>
        <translation>Tipo de mídia</translation>
    </message>
    <message>
        <source>Why unclassified</source>
        <translation>Motivo da não classificação</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>Regra violada</translation>
    </message>
    <message>
        <source>Rule met</source>
        <translation>Regra atendida</translation>
    </message>
    <message>
        <source>Device problem</source>
        <translation>Problema de dispositivo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>ID da sessão</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Chamada de teste</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chamador</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Segment id</source>
        <translation>ID do segmento</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Fluxos</translation>
    </message>
    <message>
        <source>Caller network</source>
        <translation>Rede do chamador</translation>
    </message>
    <message>
        <source>Caller device</source>
        <translation>Dispositivo do chamador</translation>
    </message>
    <message>
        <source>Callee network</source>
        <translation>Rede do receptor</translation>
    </message>
    <message>
        <source>Callee device</source>
        <translation>Dispositivo do receptor</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>identity property</comment>
        <extracomment>%1 the kind of identity as Graph names it (user, application, device, guest, ...), which stays untranslated; %2 the property, e.g. &quot;name&quot; or &quot;id&quot;</extracomment>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>sessions %1 · segments %2 · media %3 · streams %4</source>
        <extracomment>counts of the nodes below a call record: %1 sessions, %2 segments, %3 media, %4 streams</extracomment>
        <translation>sessões %1 · segmentos %2 · mídias %3 · fluxos %4</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <extracomment>%1 a frame rate, e.g. &quot;29.5&quot;</extracomment>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <extracomment>%1 a processor speed, e.g. &quot;2,800&quot;</extracomment>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>%1 per 5 min</source>
        <extracomment>%1 how often something happened, e.g. &quot;3&quot;</extracomment>
        <translation>%1 a cada 5 min</translation>
    </message>
    <message>
        <source>Windows Wi-Fi driver</source>
        <translation>Driver do Wi-Fi do Windows</translation>
    </message>
    <message>
        <source>Windows Wi-Fi driver version</source>
        <translation>Versão do driver do Wi-Fi do Windows</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Mostra a ajuda nas opções da linha de comando.</translation>
    </message>
</context>
<context>
    <name>QualityProfile</name>
    <message>
        <source>audio degradation (NMOS)</source>
        <translation>degradação de áudio (NMOS)</translation>
    </message>
    <message>
        <source>average round-trip time</source>
        <translation>tempo médio de ida e volta</translation>
    </message>
    <message>
        <source>average packet loss</source>
        <translation>perda média de pacotes</translation>
    </message>
    <message>
        <source>average jitter</source>
        <translation>jitter médio</translation>
    </message>
    <message>
        <source>concealed samples</source>
        <translation>amostras ocultadas</translation>
    </message>
    <message>
        <source>video frame loss</source>
        <translation>perda de quadros de vídeo</translation>
    </message>
    <message>
        <source>video frame rate</source>
        <translation>taxa de quadros de vídeo</translation>
    </message>
    <message>
        <source>packet loss after FEC</source>
        <translation>perda de pacotes após FEC</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <extracomment>%1 a frame rate, e.g. &quot;29.5&quot; (frames per second)</extracomment>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>áudio</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>screen sharing</source>
        <translation>compartilhamento de tela</translation>
    </message>
    <message>
        <source>other media</source>
        <translation>outras mídias</translation>
    </message>
    <message>
        <source>CQD poor stream</source>
        <translation>Fluxo ruim do CQD</translation>
    </message>
    <message>
        <source>Microsoft Call Quality Dashboard stream classification</source>
        <translation>Classificação de fluxos do Painel de Qualidade de Chamadas (CQD) da Microsoft</translation>
    </message>
    <message>
        <source>Teams network targets</source>
        <translation>Metas de rede do Teams</translation>
    </message>
    <message>
        <source>Microsoft&apos;s network targets for Teams, client to Microsoft edge: round trip &lt; 100 ms, packet loss &lt; 1 %, jitter &lt; 30 ms</source>
        <translation>Metas de rede da Microsoft para o Teams, do cliente até a borda da Microsoft: tempo de ida e volta &lt; 100 ms, perda de pacotes &lt; 1 %, jitter &lt; 30 ms</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <extracomment>%1 file, %2 where in the file, %3 what is wrong</extracomment>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>must be an object with &quot;mode&quot; and &quot;rules&quot;</source>
        <translation>deve ser um objeto com &quot;mode&quot; e &quot;rules&quot;</translation>
    </message>
    <message>
        <source>mode &quot;%1&quot; is neither &quot;anyPoor&quot; nor &quot;firstAvailable&quot;</source>
        <extracomment>%1 the &quot;mode&quot; value found in the profile file, e.g. &quot;worst&quot;</extracomment>
        <translation>&quot;mode&quot; é &quot;%1&quot;, mas deve ser &quot;anyPoor&quot; ou &quot;firstAvailable&quot;</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an array</source>
        <translation>&quot;rules&quot; deve ser uma matriz</translation>
    </message>
    <message>
        <source> rule %1</source>
        <extracomment>%1 the rule&apos;s position in the list, from 1; appended to a location such as: profile &quot;X&quot;, audio</extracomment>
        <translation> regra %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;; known metrics: %2</source>
        <extracomment>%1 the unknown metric name from the file, %2 the valid names, e.g. &quot;averageJitter, ...&quot;</extracomment>
        <translation>métrica desconhecida &quot;%1&quot;; métricas conhecidas: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <extracomment>%1 a JSON key such as &quot;poorAbove&quot;</extracomment>
        <translation>&quot;%1&quot; deve ser um número</translation>
    </message>
    <message>
        <source>needs exactly one of poorAbove, poorAtOrAbove, poorBelow, poorAtOrBelow</source>
        <translation>precisa de exatamente um entre poorAbove, poorAtOrAbove, poorBelow e poorAtOrBelow</translation>
    </message>
    <message>
        <source>profile %1</source>
        <extracomment>%1 the profile&apos;s position in the file, counting from 1</extracomment>
        <translation>perfil %1</translation>
    </message>
    <message>
        <source>needs a &quot;name&quot;</source>
        <translation>precisa de um &quot;name&quot;</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;</source>
        <extracomment>%1 the profile&apos;s name as written in the file</extracomment>
        <translation>perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>, audio</source>
        <translation>, audio</translation>
    </message>
    <message>
        <source>, video</source>
        <translation>, video</translation>
    </message>
    <message>
        <source>, screenSharing</source>
        <translation>, screenSharing</translation>
    </message>
    <message>
        <source>&quot;deviceNotFunctioningRatio&quot; must be a number from 0 to 1</source>
        <translation>&quot;deviceNotFunctioningRatio&quot; deve ser um número de 0 a 1</translation>
    </message>
    <message>
        <source>has no rules for audio, video or screenSharing</source>
        <translation>não tem regras para audio, video ou screenSharing</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <extracomment>%1 the file&apos;s path or name, %2 a byte offset, %3 the JSON parser&apos;s message</extracomment>
        <translation>%1: JSON inválido no byte %2: %3</translation>
    </message>
    <message>
        <source>%1: &quot;profiles&quot; must be an array</source>
        <extracomment>%1 the file&apos;s path or name</extracomment>
        <translation>%1: &quot;profiles&quot; deve ser uma matriz</translation>
    </message>
    <message>
        <source>%1: no profiles in the file</source>
        <extracomment>%1 the file&apos;s path or name</extracomment>
        <translation>%1: nenhum perfil no arquivo</translation>
    </message>
    <message>
        <source>%1: a profile file over 1 MiB is not read</source>
        <extracomment>%1 the file&apos;s path</extracomment>
        <translation>%1: arquivos de perfil com mais de 1 MiB não são lidos</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <extracomment>%1 the file&apos;s path, %2 the system&apos;s reason, e.g. &quot;Permission denied&quot;</extracomment>
        <translation>%1: não pode ser lido: %2</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Limpar lista</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>&quot;%1&quot; cannot be written without a window.</source>
        <extracomment>%1 the export format, e.g. &quot;png&quot; or &quot;pdf&quot;</extracomment>
        <translation>O formato &quot;%1&quot; não pode ser gravado sem uma janela.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Filter by name, UPN, id, IP address or device (Ctrl+F)</source>
        <translation>Filtrar por nome, UPN, ID, endereço IP ou dispositivo (Ctrl+F)</translation>
    </message>
    <message>
        <source>This is the bundled sample record (an example from the Microsoft Graph documentation), not a real call.</source>
        <translation>Este é o registro de exemplo incluído (um exemplo da documentação do Microsoft Graph), não uma chamada real.</translation>
    </message>
    <message>
        <source>Only sessions pages were loaded: the call&apos;s own properties (type, organizer, participants) are not in these files.</source>
        <translation>Somente páginas de sessões foram carregadas: as propriedades da própria chamada (tipo, organizador, participantes) não estão nestes arquivos.</translation>
    </message>
    <message>
        <source>Partial record: more sessions exist than these files hold (the next page was not fetched). Verdicts and counts cover only the sessions shown.</source>
        <translation>Registro parcial: há mais sessões do que as contidas nestes arquivos (a próxima página não foi buscada). Os vereditos e as contagens abrangem apenas as sessões mostradas.</translation>
    </message>
    <message>
        <source>More participants exist than listed (the next participants page was not fetched).</source>
        <translation>Há mais participantes do que os listados (a próxima página de participantes não foi buscada).</translation>
    </message>
    <message>
        <source>This version (%1) was written less than an hour after the call ended; Microsoft Graph may add data in newer versions. Fetch the record again later to be sure it is complete.</source>
        <extracomment>%1 the version number of the call record, e.g. &quot;2&quot;, or &quot;unknown&quot;</extracomment>
        <translation>Esta versão (%1) foi gravada menos de uma hora após o fim da chamada; o Microsoft Graph pode adicionar dados em versões mais recentes. Busque o registro novamente mais tarde para garantir que ele esteja completo.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>Warnings while reading this record: %1 (unreadable values are shown as not reported). The record&apos;s properties list them under Warnings.</source>
        <extracomment>%1 is the number of warnings the loader gave for this record</extracomment>
        <translation>Avisos ao ler este registro: %1 (valores ilegíveis aparecem como não informados). As propriedades do registro os listam em Avisos.</translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message>
        <source>redacted</source>
        <extracomment>replaces a personal value (e-mail address, user principal name, host name, ...) in redacted data</extracomment>
        <translation>anonimizado</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <extracomment>pseudonym of a person in redacted data; %1 is a number (&quot;2&quot;), or several when a name is ambiguous (&quot;2/5&quot;)</extracomment>
        <translation>Participante %1</translation>
    </message>
    <message>
        <source>Audio device %1</source>
        <extracomment>replaces a microphone or speaker name in redacted data; %1 a number</extracomment>
        <translation>Dispositivo de áudio %1</translation>
    </message>
    <message>
        <source>Device %1</source>
        <extracomment>replaces a computer or phone name in redacted data; %1 a number</extracomment>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <source>redacted-id-%1</source>
        <extracomment>replaces a user, tenant or application id in redacted data; %1 a number</extracomment>
        <translation>id-anonimizado-%1</translation>
    </message>
    <message>
        <source>source %1</source>
        <extracomment>replaces a file name or address a record was read from in redacted data; %1 a number</extracomment>
        <translation>origem %1</translation>
    </message>
    <message>
        <source>a participant</source>
        <extracomment>replaces a name shared by several people in redacted text</extracomment>
        <translation>um participante</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>bundled sample (Microsoft Graph documentation example)</source>
        <translation>exemplo incluído (exemplo da documentação do Microsoft Graph)</translation>
    </message>
    <message>
        <source>The bundled sample is missing from this build.</source>
        <translation>O exemplo incluído não está presente nesta compilação.</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason it could not be written</extracomment>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>a cota de disco foi excedida</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>o sistema de arquivos é somente leitura</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>a pasta não existe</translation>
    </message>
    <message>
        <source>No output file name given</source>
        <translation>Nenhum nome de arquivo de saída foi informado</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <extracomment>%1 the folder the file was to be written to</extracomment>
        <translation>a pasta %1 não existe</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which does not exist; refusing to create a file through a link. Write to the target directly, or remove the link</source>
        <extracomment>%1 the path the symbolic link points to</extracomment>
        <translation>é um link simbólico para %1, que não existe; não será criado um arquivo através de um link. Grave diretamente no destino ou remova o link</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which is not a regular file</source>
        <extracomment>%1 the path the symbolic link points to</extracomment>
        <translation>é um link simbólico para %1, que não é um arquivo comum</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which belongs to another user; refusing to replace it through a link. Write to the target directly if that is meant</source>
        <extracomment>%1 the path the symbolic link points to</extracomment>
        <translation>é um link simbólico para %1, que pertence a outro usuário; ele não será substituído através de um link. Grave diretamente no destino se for essa a intenção</translation>
    </message>
    <message>
        <source>it is a symbolic link (%1) that belongs to another user; refusing to write through it</source>
        <extracomment>%1 a symbolic link on the way to the file</extracomment>
        <translation>é um link simbólico (%1) que pertence a outro usuário; não será gravado através dele</translation>
    </message>
    <message>
        <source>it is a chain of symbolic links that does not end (a loop?)</source>
        <translation>é uma cadeia de links simbólicos que não termina (um ciclo?)</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>not reported</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>(%1 streams: only the poor ones are listed; --export csv has them all)</source>
        <extracomment>%1 the number of streams in the record</extracomment>
        <translation>(%1 fluxos: somente os ruins estão listados; --export csv inclui todos)</translation>
    </message>
    <message>
        <source>session %1 › segment %2 › %3: DEVICE — %4</source>
        <extracomment>%1 session no., %2 segment no., %3 media label (&quot;main-audio&quot;), %4 device problem</extracomment>
        <translation>sessão %1 › segmento %2 › %3: DISPOSITIVO — %4</translation>
    </message>
    <message>
        <source>session %1 › segment %2 › %3 › stream %4 (%5): %6 — %7</source>
        <extracomment>%1 session, %2 segment, %3 media label, %4 stream number, %5 who sends to whom, %6 verdict, %7 why</extracomment>
        <translation>sessão %1 › segmento %2 › %3 › fluxo %4 (%5): %6 — %7</translation>
    </message>
    <message>
        <source>direction not reported</source>
        <translation>direção não informada</translation>
    </message>
    <message>
        <source>… %1 more not listed</source>
        <extracomment>%1 the number of further streams not listed</extracomment>
        <translation>… mais %1 não listados</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 a duration in milliseconds, e.g. &quot;16.5&quot;</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 a duration in seconds with one decimal, e.g. &quot;12.3&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>%1 minutes, %2 seconds, e.g. &quot;4 min 5 s&quot;</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>%1 hours, %2 minutes, e.g. &quot;1 h 20 min&quot;</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>(unknown call id)</source>
        <translation>(ID de chamada desconhecido)</translation>
    </message>
    <message>
        <source>Call record %1</source>
        <extracomment>%1 the call id (a GUID) or &quot;(unknown call id)&quot;</extracomment>
        <translation>Registro de chamada %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>and %1 more pages</source>
        <extracomment>%1 the number of further pages the record was read from; follows the first page&apos;s name</extracomment>
        <translation>e mais %1 páginas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <extracomment>%1 is a number of further participants not listed by name</extracomment>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>sessions %1 · segments %2 · media %3 · streams %4</source>
        <extracomment>counts of the nodes below a call record: %1 sessions, %2 segments, %3 media, %4 streams</extracomment>
        <translation>sessões %1 · segmentos %2 · mídias %3 · fluxos %4</translation>
    </message>
    <message>
        <source>complete (no further pages)</source>
        <translation>completo (sem mais páginas)</translation>
    </message>
    <message>
        <source>more sessions exist than this file holds (sessions@odata.nextLink: %1)</source>
        <extracomment>%1 the link to the next sessions page, as written in the file</extracomment>
        <translation>há mais sessões do que as contidas neste arquivo (sessions@odata.nextLink: %1)</translation>
    </message>
    <message>
        <source>more participants exist (participants_v2@odata.nextLink: %1)</source>
        <extracomment>%1 the link to the next participants page, as written in the file</extracomment>
        <translation>há mais participantes (participants_v2@odata.nextLink: %1)</translation>
    </message>
    <message>
        <source>INCOMPLETE — %1</source>
        <extracomment>%1 what is missing, e.g. &quot;more sessions exist than this file holds (…)&quot;; several joined by &quot;; &quot;</extracomment>
        <translation>INCOMPLETO — %1</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completude</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>none with this profile</source>
        <translation>nenhuma com este perfil</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1 UTC (%2 local time)</source>
        <extracomment>%1 date and time in UTC (2020-02-25 18:52:21.216), %2 the same in the local time and format</extracomment>
        <translation>%1 UTC (%2 no horário local)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %Ln stream(s) poor (profile: %3)</source>
        <extracomment>%1 verdict (Good, Poor, Unclassified), %2 poor streams, %Ln streams, %3 quality profile name</extracomment>
        <translation>
            <numerusform>%1 — %2 de %Ln fluxo ruim (perfil: %3)</numerusform>
            <numerusform>%1 — %2 de %Ln fluxos ruins (perfil: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>the list it came from is partial (@odata.nextLink)</source>
        <extracomment>appended to the completeness of a record that came from a list which continues</extracomment>
        <translation>a lista de onde veio é parcial (@odata.nextLink)</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>nenhum listado</translation>
    </message>
    <message>
        <source>only pages of sessions or participants were loaded, not the record&apos;s own properties</source>
        <translation>só foram carregadas páginas de sessões ou participantes, não as propriedades do próprio registro</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>%1 · %2 → %3</source>
        <extracomment>timeline row label; %1 the session number, e.g. &quot;3&quot;, %2 the caller&apos;s name, %3 the callee&apos;s name</extracomment>
        <translation>%1 · %2 → %3</translation>
    </message>
    <message>
        <source>No sessions to show.</source>
        <translation>Nenhuma sessão para mostrar.</translation>
    </message>
    <message>
        <source>The sessions&apos; times were not reported.</source>
        <translation>Os horários das sessões não foram informados.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <extracomment>the number of sessions in the timeline, e.g. &quot;12 sessions&quot;</extracomment>
        <translation>
            <numerusform>%Ln sessão</numerusform>
            <numerusform>%Ln sessões</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>Check the client secret: use the secret&apos;s value, not its id.</source>
        <translation>Verifique o segredo do cliente: use o valor do segredo, não o ID dele.</translation>
    </message>
    <message>
        <source>The client secret has expired: create a new one in the app registration.</source>
        <translation>O segredo do cliente expirou: crie um novo no registro do aplicativo.</translation>
    </message>
    <message>
        <source>Check the client id and that the app is registered in this tenant.</source>
        <translation>Verifique o ID do cliente e se o aplicativo está registrado neste locatário.</translation>
    </message>
    <message>
        <source>Check the tenant id (or domain name).</source>
        <translation>Verifique o ID do locatário (ou o nome de domínio).</translation>
    </message>
    <message>
        <source>The certificate is not registered for this app, or its signature is not accepted: upload the certificate&apos;s public part to the app registration, or try RS256.</source>
        <translation>O certificado não está registrado para este aplicativo ou a assinatura dele não é aceita: carregue a parte pública do certificado no registro do aplicativo ou experimente RS256.</translation>
    </message>
    <message>
        <source>The client assertion is outside its validity: check this computer&apos;s clock.</source>
        <translation>A asserção do cliente está fora do período de validade: verifique o relógio deste computador.</translation>
    </message>
    <message>
        <source>The scope is not valid: check the Graph URL of the cloud.</source>
        <translation>O escopo não é válido: verifique a URL do Graph da nuvem.</translation>
    </message>
    <message>
        <source>No tenant was found for this sign-in: check the tenant id.</source>
        <translation>Nenhum locatário foi encontrado para esta entrada: verifique o ID do locatário.</translation>
    </message>
    <message>
        <source>Cannot sign in to Microsoft Graph: %1. Set it in Settings or with the AZURE_* environment variables.</source>
        <extracomment>%1 says what is missing, e.g. &quot;the tenant id is not set&quot;</extracomment>
        <translation>Não é possível entrar no Microsoft Graph: %1. Defina esse valor em Configurações ou com as variáveis de ambiente AZURE_*.</translation>
    </message>
    <message>
        <source>The sign-in URL</source>
        <translation>A URL de entrada</translation>
    </message>
    <message>
        <source>Cannot sign in with the certificate: %1</source>
        <extracomment>%1 the certificate problem, e.g. &quot;the key does not match the certificate&quot;</extracomment>
        <translation>Não é possível entrar com o certificado: %1</translation>
    </message>
    <message>
        <source>The sign-in service is busy (HTTP %1); waiting %2 s before try %3 of %4</source>
        <extracomment>%1 HTTP status, %2 seconds, %3 and %4 try numbers</extracomment>
        <translation>O serviço de entrada está ocupado (HTTP %1); aguardando %2 s antes da tentativa %3 de %4</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Entrada cancelada.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 sent an answer without a usable access token.</source>
        <extracomment>%1 the sign-in service URL, e.g. &quot;https://login.microsoftonline.com/…/oauth2/v2.0/token&quot;</extracomment>
        <translation>O serviço de entrada em %1 enviou uma resposta sem um token de acesso utilizável.</translation>
    </message>
    <message>
        <source>Cannot sign in to Microsoft Graph: %1</source>
        <extracomment>%1 why the sign-in service could not be reached, e.g. &quot;no answer from https://…: …&quot;</extracomment>
        <translation>Não é possível entrar no Microsoft Graph: %1</translation>
    </message>
    <message>
        <source>Cannot sign in to Microsoft Graph: the sign-in service answered HTTP %1 without an error description (%2). Check the authority URL and the tenant id.</source>
        <extracomment>%1 HTTP status code, %2 URL</extracomment>
        <translation>Não é possível entrar no Microsoft Graph: o serviço de entrada respondeu com HTTP %1 sem uma descrição do erro (%2). Verifique a URL da autoridade e o ID do locatário.</translation>
    </message>
    <message>
        <source>Sign-in refused by Microsoft Entra: %1</source>
        <extracomment>%1 the error from Microsoft Entra, e.g. &quot;AADSTS7000215: Invalid client secret provided.&quot;</extracomment>
        <translation>Entrada recusada pelo Microsoft Entra: %1</translation>
    </message>
    <message>
        <source>The sign-in service at %1 sent an access token with characters that cannot be sent in a request header (a line break, a space or a control character); it was not used.</source>
        <extracomment>%1 the sign-in service URL</extracomment>
        <translation>O serviço de entrada em %1 enviou um token de acesso com caracteres que não podem ir em um cabeçalho de requisição (quebra de linha, espaço ou caractere de controle); ele não foi usado.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &quot;callrecord-viewer --help&quot;.</source>
        <translation>Tente &quot;callrecord-viewer --help&quot;.</translation>
    </message>
    <message>
        <source>
Exit status: 0 success, 1 input could not be loaded or written, 2 usage error, 3 network or authentication failure.
</source>
        <translation>
Código de saída: 0 êxito, 1 não foi possível carregar a entrada ou gravar a saída, 2 erro de uso, 3 falha de rede ou de autenticação.
</translation>
    </message>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are unset). Use --summary FILE for a text summary, or --export png --output PATH FILE for a picture of the window.</source>
        <translation>Nenhuma tela encontrada (DISPLAY e WAYLAND_DISPLAY não estão definidas). Use --summary ARQUIVO para um resumo em texto ou --export png --output CAMINHO ARQUIVO para uma imagem da janela.</translation>
    </message>
</context>
</TS>

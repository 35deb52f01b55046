<fmt:message key="logout.title" var="title"/>
<t:bare title="${title}" bodyClass="login">
<div class="login-box">
    <div class="login-brand"><h1><fmt:message key="app.name"/></h1></div>
    <p><fmt:message key="logout.question"/></p>
    <form method="post" action="<c:url value='/logout'/>" class="form">
        <t:csrf/>
        <button type="submit" class="btn btn-primary" autofocus><fmt:message key="logout.submit"/></button>
    </form>
    <p><a href="<c:url value='/'/>"><fmt:message key="common.back"/></a></p>
</div>
</t:bare>
